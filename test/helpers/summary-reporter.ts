/**
 * After vitest's own summary: every skipped test with its reason, then one plain closing line,
 * `tests: N passed, N failed, N skipped`, so log readers (and CI) get the counts without parsing colours.
 *
 * A skip's reason is the note given to `ctx.skip(reason)` (or `ctx.skip(condition, reason)`) inside the
 * test, else the reason written in the test's or a suite's title after "skipped:" ("… — skipped: no
 * cluster", "(skipped: python3 missing)"). A skip without either is listed as "no reason given", so a
 * silent skip stands out.
 */
import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** "name — skipped: reason" or "name (skipped: reason)" (the reason may hold parentheses itself). */
const TITLE_REASON = /\s*(?:—\s*skipped:\s*(.+)|\(skipped:\s*(.+)\))\s*$/;

/** The reason of a skipped test, and its name without the reason in it. */
export function skipReason(test: Pick<TestCase, 'fullName' | 'result' | 'options'>): { name: string; reason: string } {
  const parts = test.fullName.split(' > ');
  let fromTitle: string | undefined;
  const name = parts
    .map((p) => {
      const m = TITLE_REASON.exec(p);
      if (!m) return p;
      fromTitle ??= m[1] ?? m[2];
      return p.slice(0, m.index);
    })
    .join(' > ');
  const result = test.result();
  const note = result.state === 'skipped' ? result.note : undefined;
  const reason = note || fromTitle || (test.options.mode === 'todo' ? 'todo' : 'no reason given');
  return { name, reason };
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const skips = new Map<string, string[]>();
    for (const m of testModules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else {
          skipped++;
          const { name, reason } = skipReason(t);
          const key = `${relative(process.cwd(), m.moduleId)}\u0000${reason}`;
          skips.set(key, [...(skips.get(key) ?? []), name]);
        }
      }
      // a file that failed to load has no tests but is a failure
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    let out = '';
    if (skips.size) {
      out += '\nskipped:\n';
      for (const [key, names] of skips) {
        const [file, reason] = key.split('\u0000') as [string, string];
        const what = names.length === 1 ? `${file} > ${names[0]}` : `${file} (${names.length} tests)`;
        out += `  - ${what}: ${reason}\n`;
      }
    }
    process.stdout.write(`${out}\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
