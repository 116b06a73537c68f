// Where a JSON path sits in a file's text: its line and column (1-based, in UTF-16 code units as
// editors, SARIF and GitHub count them). jsonc-parser keeps the offset of every node.
import { findNodeAtLocation, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { type JsonPathSegment, parseJsonPath } from '../../json-path.ts';

export interface Position {
  line: number;
  column: number;
}

export type Locate = (path: string) => Position;

/** A locator over one file's text. A path that names no node points at its nearest ancestor (a
 * missing key at the object that should hold it); in text that is not JSON, every path points at
 * the first syntax error. */
export function locator(text: string): Locate {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const firstError = errors[0];
  if (firstError || !root) return () => position(firstError?.offset ?? 0);
  return (path) => {
    const segments = parseJsonPath(path) ?? [];
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, segments.slice(0, n) as JsonPathSegment[]);
      if (node) return position(startOf(node));
    }
    return position(root.offset);
  };
}

/** A member's value starts after its key; people look for the key. */
function startOf(node: Node): number {
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}
