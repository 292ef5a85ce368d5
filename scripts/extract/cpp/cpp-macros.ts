/**
 * Macro table and expansion (object-like and function-like macros, hide sets, arguments
 * pre-expanded before substitution). `#` and `##` inside a body are not needed by the
 * syscall headers and are reported as unsupported rather than guessed.
 */
import { tokenize, type Token } from "./cpp-tokens";

export interface Macro {
  name: string;
  /** null for an object-like macro. */
  params: string[] | null;
  body: Token[];
  /** Where it was defined, e.g. "include/uapi/asm-generic/unistd.h:42". */
  where: string;
}

export type MacroTable = Map<string, Macro>;

/** Parse the text after `#define`. */
export function parseDefine(text: string, where: string): Macro {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\(([^)]*)\))?\s*([\s\S]*)$/.exec(text.trim());
  if (!m) throw new Error(`${where}: malformed #define "${text.trim()}"`);
  const params = m[2] === undefined ? null : (m[3] ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const body = tokenize((m[4] ?? "").trim());
  return { name: m[1] ?? "", params, body, where };
}

const union = (a: ReadonlySet<string> | undefined, name: string): Set<string> => new Set([...(a ?? []), name]);

/** Collect `(a, b(c, d), e)` starting at tokens[start] === "(": returns args and end index. */
function collectArgs(tokens: readonly Token[], start: number): { args: Token[][]; end: number } | null {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === "(") {
      depth++;
      if (depth === 1) continue;
    } else if (t.text === ")") {
      depth--;
      if (depth === 0) return { args, end: i };
    } else if (t.text === "," && depth === 1) {
      args.push([]);
      continue;
    }
    args[args.length - 1]?.push(t);
  }
  return null;
}

export function expand(input: readonly Token[], macros: MacroTable): Token[] {
  const work = [...input];
  const out: Token[] = [];
  while (work.length) {
    const t = work.shift();
    if (!t) break;
    const m = t.kind === "ident" && !t.hide?.has(t.text) ? macros.get(t.text) : undefined;
    if (!m) {
      out.push(t);
      continue;
    }
    if (m.body.some((b) => b.text === "#" || b.text === "##"))
      throw new Error(`${m.where}: macro ${m.name} uses # or ##, which this evaluator does not support`);
    const hide = union(t.hide, m.name);
    if (m.params === null) {
      work.unshift(...m.body.map((b) => ({ ...b, hide: new Set([...(b.hide ?? []), ...hide]) })));
      continue;
    }
    let k = 0;
    while (work[k]?.kind === "space") k++;
    if (work[k]?.text !== "(") {
      out.push(t);
      continue;
    }
    const collected = collectArgs(work, k);
    if (!collected) throw new Error(`${m.name}: unterminated macro call`);
    work.splice(0, collected.end + 1);
    const args = m.params.length === 0 && collected.args.length === 1 && collected.args[0]?.every((a) => a.kind === "space") ? [] : collected.args;
    if (args.length !== m.params.length) throw new Error(`${m.where}: macro ${m.name} takes ${m.params.length} arguments, got ${args.length}`);
    const expanded = args.map((a) => expand(a, macros));
    const body: Token[] = [];
    for (const b of m.body) {
      const idx = b.kind === "ident" ? m.params.indexOf(b.text) : -1;
      if (idx >= 0) body.push(...(expanded[idx] ?? []));
      else body.push(b);
    }
    work.unshift(...body.map((b) => ({ ...b, hide: new Set([...(b.hide ?? []), ...hide]) })));
  }
  return out;
}
