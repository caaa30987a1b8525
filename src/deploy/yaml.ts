/**
 * Plain objects to YAML with comments where a reader needs them: a header, a note above a key, a note
 * after a value ("FILL IN: …"). The objects stay the source of truth (tests validate them as they are);
 * the comments only explain.
 */
import { Document, isMap, isScalar, type Scalar, type YAMLMap } from 'yaml';

export interface YamlNote {
  /** Path of keys (and array indexes) to the value. */
  path: readonly (string | number)[];
  /** A comment line (or lines) above the key. */
  above?: string;
  /** A comment after the value, on its line (scalars) or after the key (collections). */
  after?: string;
}

export interface YamlPart {
  /** Comment lines at the top of the document. */
  header?: string;
  value: unknown;
  notes?: readonly YamlNote[];
}

function comment(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? ` ${l}` : ''))
    .join('\n');
}

function renderOne(part: YamlPart): string {
  const doc = new Document(part.value, { aliasDuplicateObjects: false });
  if (part.header) doc.commentBefore = comment(part.header);
  for (const note of part.notes ?? []) {
    const parent = note.path.length > 1 ? doc.getIn(note.path.slice(0, -1), true) : doc.contents;
    const last = note.path[note.path.length - 1];
    if (!isMap(parent)) {
      const node = doc.getIn(note.path, true);
      if (!node) throw new Error(`no YAML node at ${note.path.join('.')}`);
      if (note.above) (node as Scalar).commentBefore = comment(note.above);
      if (note.after) (node as Scalar).comment = comment(note.after);
      continue;
    }
    const pair = (parent as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === last);
    if (!pair) throw new Error(`no YAML key at ${note.path.join('.')}`);
    if (note.above) (pair.key as Scalar).commentBefore = comment(note.above);
    if (note.after) {
      if (isScalar(pair.value)) pair.value.comment = comment(note.after);
      else (pair.key as Scalar).comment = comment(note.after);
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** One document, or several joined with `---` (multi-document YAML, as `kubectl apply -f` reads it). */
export function renderYaml(parts: YamlPart | readonly YamlPart[]): string {
  const list = Array.isArray(parts) ? parts : [parts as YamlPart];
  return list.map(renderOne).join('---\n');
}
