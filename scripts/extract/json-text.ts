/**
 * JSON.parse with errors that say where: "<file>:<line>:<column>: invalid JSON: <message>".
 * V8 reports a character offset ("at position 3439") or, for a truncated text, only
 * "Unexpected end of JSON input" (placed at the end); other messages keep no position.
 */

export interface TextPosition {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: before.length - lineStart + 1 };
}

/** Where a JSON.parse error message points in `text`, or null when it does not say. */
export function jsonErrorPosition(text: string, message: string): TextPosition | null {
  const m = /at position (\d+)/.exec(message);
  if (m) return positionAt(text, Number(m[1]));
  if (/Unexpected end of JSON input/.test(message)) return positionAt(text, text.length);
  return null;
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = jsonErrorPosition(text, message);
    throw new Error(`${file}${at ? `:${at.line}:${at.column}` : ""}: invalid JSON: ${message}`);
  }
}
