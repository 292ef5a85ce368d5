/**
 * A small C preprocessor for kernel uapi headers: `#define`/`#undef`, `#if`/`#ifdef`/
 * `#ifndef`/`#elif`/`#else`/`#endif` with `defined`, `#include` through a resolver, and
 * macro expansion of the text in between. Text tokens are handed to `onText` after
 * expansion (a call that spans lines is expanded as a whole, before the next directive).
 */
import { evalExpr } from "./cpp-expr";
import { expand, parseDefine, type MacroTable } from "./cpp-macros";
import { stripComments, tokenize, toText, type Token } from "./cpp-tokens";

export interface SourceFile {
  /** Path shown in errors (relative to the tree root). */
  path: string;
  text: string;
}

export interface CppOptions {
  /** Predefined macros: name -> replacement text ("" for a bare define). */
  defines?: Record<string, string>;
  /** Resolve `#include <spec>` / `"spec"`; null skips the include. */
  resolve?: (spec: string, from: string) => SourceFile | null;
  /** Receives macro-expanded text, with the file:line where it started and the text as written. */
  onText?: (tokens: Token[], where: string, raw: string) => void;
}

interface Cond {
  /** This branch is being processed. */
  active: boolean;
  /** Some branch of this group was already taken. */
  taken: boolean;
  parentActive: boolean;
}

/** Replace `defined X` / `defined(X)` with 1 or 0 before expansion. */
function resolveDefined(tokens: Token[], macros: MacroTable): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.text !== "defined") {
      out.push(t);
      continue;
    }
    let j = i + 1;
    while (tokens[j]?.kind === "space") j++;
    const paren = tokens[j]?.text === "(";
    if (paren) j++;
    while (tokens[j]?.kind === "space") j++;
    const name = tokens[j]?.text ?? "";
    if (paren) {
      j++;
      while (tokens[j]?.kind === "space") j++;
    }
    out.push({ kind: "number", text: macros.has(name) ? "1" : "0" });
    i = j; // at the name, or at the closing parenthesis
  }
  return out;
}

function parenDepth(tokens: readonly Token[]): number {
  let depth = 0;
  for (const t of tokens) depth += t.text === "(" ? 1 : t.text === ")" ? -1 : 0;
  return depth;
}

export function runCpp(file: SourceFile, options: CppOptions = {}, macros: MacroTable = new Map()): MacroTable {
  for (const [name, value] of Object.entries(options.defines ?? {})) {
    const m = parseDefine(`${name} ${value}`, "(predefined)");
    macros.set(m.name, m);
  }
  process(file, options, macros, 0);
  return macros;
}

function process(file: SourceFile, options: CppOptions, macros: MacroTable, depth: number): void {
  if (depth > 20) throw new Error(`${file.path}: #include nested too deeply`);
  const stack: Cond[] = [];
  const active = (): boolean => stack.every((c) => c.active);
  let pending: Token[] = [];
  let pendingWhere = "";
  const flush = (): void => {
    if (pending.some((t) => t.kind !== "space")) options.onText?.(expand(pending, macros), pendingWhere, toText(pending));
    pending = [];
  };
  stripComments(file.text).forEach((line, i) => {
    const where = `${file.path}:${i + 1}`;
    const d = /^\s*#\s*([a-z_]*)\s*(.*)$/.exec(line);
    if (!d) {
      if (!active()) return;
      if (!pending.length) pendingWhere = where;
      pending.push(...tokenize(line), { kind: "space", text: " " });
      // Expand line by line unless a macro call is still open across lines.
      if (parenDepth(pending) === 0) flush();
      return;
    }
    const [, directive = "", rest = ""] = d;
    const cond = (): boolean => {
      try {
        return evalExpr(expand(resolveDefined(tokenize(rest), macros), macros)) !== 0n;
      } catch (err) {
        throw new Error(`${where}: #${directive} ${rest.trim()}: ${(err as Error).message}`);
      }
    };
    switch (directive) {
      case "if":
      case "ifdef":
      case "ifndef": {
        const parentActive = active();
        const name = rest.trim().split(/\s+/)[0] ?? "";
        const value = !parentActive ? false : directive === "if" ? cond() : directive === "ifdef" ? macros.has(name) : !macros.has(name);
        if (parentActive) flush();
        stack.push({ active: value, taken: value, parentActive });
        return;
      }
      case "elif": {
        const top = stack[stack.length - 1];
        if (!top) throw new Error(`${where}: #elif without #if`);
        if (top.parentActive) flush();
        top.active = top.parentActive && !top.taken && cond();
        top.taken ||= top.active;
        return;
      }
      case "else": {
        const top = stack[stack.length - 1];
        if (!top) throw new Error(`${where}: #else without #if`);
        if (top.parentActive) flush();
        top.active = top.parentActive && !top.taken;
        top.taken = true;
        return;
      }
      case "endif":
        if (!stack.length) throw new Error(`${where}: #endif without #if`);
        if (active()) flush();
        stack.pop();
        return;
    }
    if (!active()) return;
    flush();
    if (directive === "define") {
      const m = parseDefine(rest, where);
      macros.set(m.name, m);
    } else if (directive === "undef") macros.delete(rest.trim());
    else if (directive === "include") {
      const spec = /^[<"]([^>"]+)[>"]/.exec(rest.trim())?.[1];
      if (!spec) throw new Error(`${where}: cannot read #include ${rest.trim()}`);
      const inc = options.resolve?.(spec, file.path) ?? null;
      if (inc) process(inc, options, macros, depth + 1);
    } else if (directive === "error") throw new Error(`${where}: #error ${rest.trim()}`);
  });
  flush();
  if (stack.length) throw new Error(`${file.path}: ${stack.length} unterminated #if`);
}
