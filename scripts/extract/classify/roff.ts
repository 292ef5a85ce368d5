/**
 * Just enough roff (man(7) + tbl) to read the man-pages project's sources as plain text:
 * font escapes, a few character escapes, and the font macros (.B, .BR, .I, ...).
 * Pure: text in, text out.
 */

/** True for a roff comment line (`.\"` or `'\"`), which carries no text. */
export function isComment(line: string): boolean {
  return /^[.']\s*\\"/.test(line);
}

/** Inline escapes to plain text: `\f[B]x\f[]` -> `x`, `\fBx\fP` -> `x`, `\-` -> `-`, ... */
export function stripInline(text: string): string {
  return text
    .replace(/\\"(.*)$/, "") // trailing comment
    .replace(/\\f\[[^\]]*\]/g, "") // \f[B], \f[], \f[R]
    .replace(/\\f\([A-Za-z]{2}/g, "") // \f(CW
    .replace(/\\f[A-Za-z0-9]/g, "") // \fB, \fP, \fR, \fI
    .replace(/\\\[bu\]/g, "•")
    .replace(/\\\[dq\]/g, '"')
    .replace(/\\\[[a-z]{2}\]/g, "")
    .replace(/\\[%&:]/g, "") // hyphenation / zero-width escapes
    .replace(/\\[ ~]/g, " ") // unbreakable spaces
    .replace(/\\-/g, "-")
    .replace(/\\e/g, "\\");
}

/** Split macro arguments, honouring double quotes (`.BR "a b" c`). */
function macroArgs(rest: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"]|"")*)"|(\S+)/g;
  for (const m of rest.matchAll(re)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ""));
  return out;
}

/**
 * One line of man source to plain text. Font macros join their arguments without spaces
 * (`.BR open (2)` -> `open(2)`), other requests (.P, .TP, .IP, ...) give "".
 */
export function lineText(line: string): string {
  if (isComment(line)) return "";
  const m = /^\.([A-Za-z]{1,2})(?:\s+(.*))?$/.exec(line);
  if (!m) return stripInline(line);
  const [, macro = "", rest = ""] = m;
  if (/^(B|I|R|SM|SB)$/.test(macro)) return stripInline(macroArgs(rest).join(" "));
  if (/^(BR|RB|BI|IB|IR|RI)$/.test(macro)) return stripInline(macroArgs(rest).join(""));
  return "";
}
