/** The task-category router `run` and `serve` share: (type, version) keys, defaults, conflicts, advertising. */
import { describe, expect, test } from 'vitest';
import { Router } from '../../src/engine/routing.js';
import { EngineError } from '../../src/engine/types.js';
import type { PluginEntry, TaskTypeSpec } from '../../src/plugin/plugin.js';
import { validatePluginEntry } from '../../src/loader/plugin-modules.js';

function e(id: string, types: TaskTypeSpec[], extra: Partial<PluginEntry> = {}): PluginEntry {
  return { id, supportedTaskTypes: types, pluginLoader: () => ({ getConfig: () => ({}), do: () => ({ phase: 'Success' }) }), ...extra };
}

describe('Router with task categories', () => {
  test('a bare name is version 0; { name, version } adds other versions; the key is the pair', () => {
    const r = new Router([e('v0', ['spark']), e('v1', [{ name: 'spark', version: 1 }, { name: 'sql', version: 0 }])]);
    expect(r.route('spark').id).toBe('v0');
    expect(r.route('spark', 0).id).toBe('v0');
    expect(r.route('spark', 1).id).toBe('v1');
    expect(r.route('sql').id).toBe('v1');
    expect(r.knownTaskTypes()).toEqual(['spark', 'sql']);
    expect(r.knownCategories()).toEqual([
      { name: 'spark', version: 0 },
      { name: 'spark', version: 1 },
      { name: 'sql', version: 0 },
    ]);
  });

  test('an unknown version is not routed to another version of the name; the error names the version', () => {
    const r = new Router([e('a', ['spark'])]);
    const err = (() => {
      try {
        r.route('spark', 2);
      } catch (x) {
        return x as EngineError;
      }
    })()!;
    expect(err.code).toBe('NoPluginForTaskType');
    expect(err.message).toBe('no plugin handles task type "spark" (version 2); known task types: "spark"');
  });

  test('the isDefault entry takes every category no entry names', () => {
    const r = new Router([e('a', ['spark']), e('d', ['x'], { isDefault: true })]);
    expect(r.route('spark', 3).id).toBe('d');
  });

  test('defaultForTaskTypes wins per category; conflicts lists the categories no rule resolves', () => {
    const r = new Router([
      e('a', ['spark', { name: 'spark', version: 1 }, 'hive']),
      e('b', ['spark', { name: 'spark', version: 1 }, 'hive'], { defaultForTaskTypes: [{ name: 'spark', version: 1 }] }),
    ]);
    expect(r.route('spark', 1).id).toBe('b');
    expect(() => r.route('spark')).toThrow(expect.objectContaining({ code: 'AmbiguousTaskType' }));
    expect(r.conflicts().map((c) => [c.category, c.entries.map((x) => x.id)])).toEqual([
      [{ name: 'spark', version: 0 }, ['a', 'b']],
      [{ name: 'hive', version: 0 }, ['a', 'b']],
    ]);
    expect(r.categoriesOf('a')).toEqual([]);
    expect(r.categoriesOf('b')).toEqual([{ name: 'spark', version: 1 }]);
  });

  test('categoriesOf: what routes to an entry, by name then version', () => {
    const r = new Router([e('a', [{ name: 'z', version: 2 }, 'z', 'm']), e('b', ['m'], { defaultForTaskTypes: ['m'] })]);
    expect(r.categoriesOf('a')).toEqual([
      { name: 'z', version: 0 },
      { name: 'z', version: 2 },
    ]);
    expect(r.categoriesOf('b')).toEqual([{ name: 'm', version: 0 }]);
  });

  test('invalid categories are refused naming the entry; the module loader accepts the same shapes', () => {
    expect(() => new Router([e('a', [{ name: 'x', version: -1 }])])).toThrow(/plugin entry "a": supportedTaskTypes: task type "x": version must be an integer from 0 to 2147483647, got -1/);
    expect(() => new Router([e('a', [{ name: '', version: 0 }])])).toThrow(/plugin entry "a": supportedTaskTypes: a task type's name must be a non-empty string/);
    expect(() => new Router([e('a', ['x'], { defaultForTaskTypes: [{ name: 'x', version: 1.5 }] })])).toThrow(/defaultForTaskTypes: task type "x": version must be an integer/);
    expect(() => new Router([e('a', ['x'], { defaultForTaskTypes: ['x'] }), e('b', [{ name: 'x', version: 0 }], { defaultForTaskTypes: [{ name: 'x', version: 0 }] })])).toThrow(
      /plugins "a" and "b" are both the default for task type "x"/,
    );
    expect(validatePluginEntry(e('a', ['x', { name: 'x', version: 1 }]))).toEqual([]);
    expect(validatePluginEntry(e('a', [{ name: 'x', version: '1' } as never]))).toEqual(['`supportedTaskTypes` must be a non-empty array of strings (task type names) or { name, version } objects']);
  });
});
