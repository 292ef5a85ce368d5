/**
 * C preprocessor tokens, just enough for kernel unistd headers: identifiers, numbers,
 * string and character literals, punctuators, whitespace. Each token carries the set of
 * macro names it must not be expanded by again (the "hide set").
 */

export type TokenKind = "ident" | "number" | "string" | "punct" | "space";

export interface Token {
  kind: TokenKind;
  text: string;
  hide?: ReadonlySet<string>;
}

const PUNCT3 = ["...", "<<=", ">>="];
const PUNCT2 = ["##", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "->", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^="];

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const m =
      /^\s+/.exec(rest) ??
      /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest) ??
      /^\.?[0-9](?:[eEpP][+-]|[A-Za-z0-9_.])*/.exec(rest) ??
      /^"(?:[^"\\\n]|\\.)*"/.exec(rest) ??
      /^'(?:[^'\\\n]|\\.)*'/.exec(rest);
    if (m) {
      const t = m[0];
      const c = t[0] ?? "";
      const kind: TokenKind = /\s/.test(c) ? "space" : /[A-Za-z_]/.test(c) ? "ident" : c === '"' || c === "'" ? "string" : "number";
      out.push({ kind, text: kind === "space" ? " " : t });
      i += t.length;
      continue;
    }
    const p = PUNCT3.find((x) => rest.startsWith(x)) ?? PUNCT2.find((x) => rest.startsWith(x)) ?? rest[0] ?? "";
    out.push({ kind: "punct", text: p });
    i += p.length;
  }
  return out;
}

/** Remove comments and splice continued lines, keeping line numbers stable. */
export function stripComments(text: string): string[] {
  const noSplice = text.replace(/\\\r?\n/g, "\u0001");
  let out = "";
  for (let i = 0; i < noSplice.length; i++) {
    const c = noSplice[i];
    if (c === "/" && noSplice[i + 1] === "*") {
      const end = noSplice.indexOf("*/", i + 2);
      const body = noSplice.slice(i, end < 0 ? noSplice.length : end + 2);
      out += ` ${body.replace(/[^\n]/g, "")}`;
      i = end < 0 ? noSplice.length : end + 1;
    } else if (c === "/" && noSplice[i + 1] === "/") {
      while (i < noSplice.length && noSplice[i] !== "\n") i++;
      i--;
    } else if (c === '"' || c === "'") {
      const m = (c === '"' ? /^"(?:[^"\\\n]|\\.)*"?/ : /^'(?:[^'\\\n]|\\.)*'?/).exec(noSplice.slice(i));
      const lit = m?.[0] ?? c;
      out += lit;
      i += lit.length - 1;
    } else out += c;
  }
  // A spliced line becomes one logical line; the blank lines after it keep numbering.
  return out.split("\n").flatMap((l) => {
    const parts = l.split("\u0001");
    return [parts.join(" "), ...parts.slice(1).map(() => "")];
  });
}

export const toText = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join("");
