/**
 * Small text helpers for reading kernel C source without a real C parser:
 * comment stripping that keeps offsets and line numbers, balanced-bracket scanning,
 * top-level comma splitting and type-text normalisation.
 */

/**
 * Blank out comments (and, unless `keepStrings`, string and character literals) with
 * spaces, keeping every newline, so offsets and line numbers stay valid.
 */
export function stripComments(text: string, keepStrings = false): string {
  const out: string[] = [];
  let i = 0;
  let start = 0;
  const n = text.length;
  const blank = (from: number, to: number) => {
    out.push(text.slice(start, from));
    out.push(text.slice(from, to).replace(/[^\n]/g, " "));
    start = to;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47 /* / */) {
      const d = text.charCodeAt(i + 1);
      if (d === 42 /* * */) {
        const end = text.indexOf("*/", i + 2);
        const to = end < 0 ? n : end + 2;
        blank(i, to);
        i = to;
        continue;
      }
      if (d === 47) {
        let end = text.indexOf("\n", i + 2);
        // A `\` at the end of a // comment line continues it.
        while (end > 0 && text.charCodeAt(end - 1) === 92) end = text.indexOf("\n", end + 1);
        const to = end < 0 ? n : end;
        blank(i, to);
        i = to;
        continue;
      }
    } else if (c === 34 /* " */ || c === 39 /* ' */) {
      let j = i + 1;
      while (j < n) {
        const e = text.charCodeAt(j);
        if (e === 92) j += 2;
        else if (e === c || e === 10) break;
        else j++;
      }
      const to = Math.min(j + 1, n);
      if (!keepStrings) blank(i, to);
      i = to;
      continue;
    }
    i++;
  }
  out.push(text.slice(start));
  return out.join("");
}

/** Index of the bracket closing the one at `open` (`(`, `[` or `{`), or -1. */
export function matchBracket(text: string, open: number): number {
  const o = text[open];
  const close = o === "(" ? ")" : o === "[" ? "]" : o === "{" ? "}" : "";
  if (!close) return -1;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === o) depth++;
    else if (ch === close) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Split on commas that are not inside (), [] or {}. Pieces are trimmed. */
export function splitTopLevel(text: string, sep = ","): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(text.slice(from).trim());
  return parts;
}

/** Collapse whitespace and tidy pointer stars: "const  char __user * *" -> "const char __user **". */
export function normalizeType(type: string): string {
  return type
    .replace(/\s+/g, " ")
    .replace(/\*\s+(?=\*)/g, "*")
    .replace(/\s+\[/g, " [")
    .replace(/\(\s+/g, "(")
    .replace(/\s+\)/g, ")")
    .trim();
}

/** 1-based line number of offset `pos`, given the sorted offsets of line starts. */
export function lineAt(lineStarts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  let i = text.indexOf("\n");
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf("\n", i + 1);
  }
  return starts;
}
