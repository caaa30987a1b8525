/**
 * Documents the CLI prints (a `--json` document, JSON lines, the YAML outputs, the dry-run plan), from
 * data that the caller has already redacted: JSON keeps bigints and special floats exactly
 * (src/util/exact-json.ts) and writes the C1 control characters as \u escapes; YAML shows control
 * characters escaped. Neither can drive the terminal.
 */
import { stringify as toYaml } from 'yaml';
import { stringifyExact } from '../../util/exact-json.js';
import { escapeControlIn, terminalSafeJson } from '../../util/terminal.js';

/** A JSON document (indented, with a final newline). */
export function jsonText(value: unknown, indent = 2): string {
  return terminalSafeJson(stringifyExact(value, indent)) + '\n';
}

/** One JSON line (no indentation, with a final newline). */
export function jsonLine(value: unknown): string {
  return terminalSafeJson(stringifyExact(value)) + '\n';
}

/** YAML, control characters escaped in every string. */
export function yamlText(value: unknown): string {
  return toYaml(escapeControlIn(value));
}
