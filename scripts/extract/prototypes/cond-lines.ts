/**
 * Follows `#if` / `#ifdef` / `#elif` / `#else` / `#endif` through a source file and
 * records, for every line, the conditions it is compiled under (without deciding them),
 * plus the file's `#define`s. Directive lines are blanked in the returned code so later
 * scanning only sees C.
 */
import { evalExpr, type ExprEnv } from "./preproc-expr";

export interface CondTerm {
  expr: string;
  neg: boolean;
}
/** All terms must hold (AND). */
export type Cond = readonly CondTerm[];

export interface MacroDefine {
  name: string;
  /** Parameter names for a function-like macro, else null. */
  params: string[] | null;
  body: string;
  line: number;
  cond: Cond;
}

export interface CondLines {
  /** The code with preprocessor lines blanked (same length and line breaks). */
  code: string;
  /** Condition per 0-based line. */
  conds: Cond[];
  defines: MacroDefine[];
}

interface Frame {
  /** The condition of each branch seen so far (#if, then each #elif). */
  branches: CondTerm[];
  /** Terms of the active branch. */
  terms: CondTerm[];
  /** An include guard: ignored. */
  guard: boolean;
}

const negate = (t: CondTerm): CondTerm => ({ expr: t.expr, neg: !t.neg });

const EMPTY: Cond = [];

/** `text` must already have comments stripped (see stripComments). */
export function trackConditions(text: string): CondLines {
  const lines = text.split("\n");
  const conds: Cond[] = new Array<Cond>(lines.length);
  const defines: MacroDefine[] = [];
  const stack: Frame[] = [];
  let current: Cond = EMPTY;
  let sawCode = false;
  const recompute = () => {
    const terms: CondTerm[] = [];
    for (const f of stack) if (!f.guard) terms.push(...f.terms);
    current = terms.length ? terms : EMPTY;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const m = /^\s*#\s*(\w+)(.*)$/.exec(line);
    if (!m) {
      conds[i] = current;
      if (!sawCode && line.trim()) sawCode = true;
      continue;
    }
    // Join continuation lines.
    let body = m[2] ?? "";
    const first = i;
    while (body.endsWith("\\") && i + 1 < lines.length) {
      body = body.slice(0, -1) + " " + (lines[i + 1] ?? "");
      lines[i] = "";
      i++;
    }
    lines[i] = "";
    lines[first] = "";
    for (let j = first; j <= i; j++) conds[j] = current;
    const dir = m[1] ?? "";
    const arg = body.trim();
    switch (dir) {
      case "if":
      case "ifdef":
      case "ifndef": {
        const t = directiveTerm(dir, arg);
        const guard =
          dir === "ifndef" && stack.length === 0 && !sawCode && /^\w+$/.test(arg) &&
          /^\s*#\s*define\s+(\w+)/.exec(nextNonBlank(lines, i + 1))?.[1] === arg;
        stack.push({ branches: [t], terms: [t], guard });
        break;
      }
      case "elif":
      case "elifdef":
      case "elifndef":
      case "else": {
        const f = stack[stack.length - 1];
        if (!f) break;
        const terms = f.branches.map(negate);
        if (dir !== "else") {
          const t = directiveTerm(dir.slice(2), arg);
          terms.push(t);
          f.branches.push(t);
        }
        f.terms = terms;
        f.guard = false;
        break;
      }
      case "endif":
        stack.pop();
        break;
      case "define": {
        const d = /^(\w+)(\(([^)]*)\))?\s*(.*)$/.exec(arg);
        if (d?.[1])
          defines.push({
            name: d[1],
            params: d[2] !== undefined ? (d[3] ?? "").split(",").map((p) => p.trim()).filter(Boolean) : null,
            body: (d[4] ?? "").trim(),
            line: first + 1,
            cond: current,
          });
        break;
      }
    }
    recompute();
  }
  return { code: lines.join("\n"), conds, defines };
}

function directiveTerm(dir: string, arg: string): CondTerm {
  if (dir === "ifdef") return { expr: `defined(${arg})`, neg: false };
  if (dir === "ifndef") return { expr: `defined(${arg})`, neg: true };
  return { expr: arg, neg: false };
}

function nextNonBlank(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? "").trim()) return lines[i] ?? "";
  return "";
}

/** Three-valued: does the condition hold under `env`? Results cached per expression. */
export function evalCond(cond: Cond, env: ExprEnv, cache: Map<string, number | null>): boolean | null {
  let unknown = false;
  for (const t of cond) {
    let v = cache.get(t.expr);
    if (v === undefined) {
      v = evalExpr(t.expr, env);
      cache.set(t.expr, v);
    }
    if (v === null) {
      unknown = true;
      continue;
    }
    const holds = t.neg ? v === 0 : v !== 0;
    if (!holds) return false;
  }
  return unknown ? null : true;
}

/** Number of terms that are unknown under `env` (for ranking). */
export function unknownTerms(cond: Cond, env: ExprEnv, cache: Map<string, number | null>): number {
  let n = 0;
  for (const t of cond) {
    let v = cache.get(t.expr);
    if (v === undefined) {
      v = evalExpr(t.expr, env);
      cache.set(t.expr, v);
    }
    if (v === null) n++;
  }
  return n;
}
