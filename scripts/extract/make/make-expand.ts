/**
 * Expand make references: `$(var)`, `${var}`, `$x`, automatic variables, nested names
 * (`$(syshdr_abi_$(basetarget))`) and the text functions kbuild uses around syscall
 * headers (if, subst, strip, addprefix, addsuffix, patsubst, notdir, basename, filter,
 * filter-out, sort, firstword). Functions that would touch the world (shell, wildcard)
 * or run user code (call, foreach, eval) expand to nothing.
 */

export interface MakeVar {
  value: string;
  /** `:=` variables hold an already expanded value. */
  simple: boolean;
}

export interface TargetVar {
  /** Target path, may contain one `%`. */
  target: string;
  name: string;
  op: string;
  value: string;
}

export interface MakeDb {
  vars: Map<string, MakeVar>;
  targetVars: TargetVar[];
}

export interface ExpandContext {
  /** Automatic and target-specific variables, checked before global ones. */
  local?: Map<string, string>;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Split function arguments at top-level commas. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

export function patsubst(pattern: string, replacement: string, word: string): string {
  const i = pattern.indexOf("%");
  if (i < 0) return word === pattern ? replacement : word;
  const pre = pattern.slice(0, i);
  const post = pattern.slice(i + 1);
  if (word.length < pre.length + post.length || !word.startsWith(pre) || !word.endsWith(post)) return word;
  const stem = word.slice(pre.length, word.length - post.length);
  return replacement.includes("%") ? replacement.replace("%", stem) : replacement;
}

export const matchesPattern = (pattern: string, word: string): boolean => patsubst(pattern, "\0", word) === "\0";

function callFunction(name: string, rawArgs: string, db: MakeDb, ctx: ExpandContext): string | null {
  const args = (): string[] => splitArgs(rawArgs).map((a) => expandMake(a, db, ctx));
  switch (name) {
    case "if": {
      const [cond = "", then = "", otherwise = ""] = splitArgs(rawArgs);
      return expandMake(cond, db, ctx).trim() ? expandMake(then, db, ctx) : expandMake(otherwise, db, ctx);
    }
    case "subst": {
      const [from = "", to = "", text = ""] = args();
      return from ? text.split(from).join(to) : text;
    }
    case "strip":
      return words(args().join(",")).join(" ");
    case "addprefix": {
      const [pre = "", list = ""] = args();
      return words(list).map((w) => pre + w).join(" ");
    }
    case "addsuffix": {
      const [suf = "", list = ""] = args();
      return words(list).map((w) => w + suf).join(" ");
    }
    case "patsubst": {
      const [pat = "", rep = "", list = ""] = args();
      return words(list).map((w) => patsubst(pat, rep, w)).join(" ");
    }
    case "notdir":
      return words(args().join(",")).map((w) => w.slice(w.lastIndexOf("/") + 1)).join(" ");
    case "basename":
      return words(args().join(",")).map((w) => w.replace(/\.[^./]*$/, "")).join(" ");
    case "filter":
    case "filter-out": {
      const [pats = "", list = ""] = args();
      const keep = name === "filter";
      return words(list).filter((w) => words(pats).some((p) => matchesPattern(p, w)) === keep).join(" ");
    }
    case "sort":
      return [...new Set(words(args().join(",")))].sort().join(" ");
    case "firstword":
      return words(args().join(","))[0] ?? "";
    case "shell":
    case "wildcard":
    case "call":
    case "foreach":
    case "eval":
    case "info":
    case "warning":
    case "error":
    case "origin":
    case "value":
      return "";
    default:
      return null;
  }
}

function lookup(name: string, db: MakeDb, ctx: ExpandContext): string {
  const local = ctx.local?.get(name);
  if (local !== undefined) return local;
  const v = db.vars.get(name);
  if (!v) return "";
  return v.simple ? v.value : expandMake(v.value, db, ctx);
}

/** Expand every `$` reference in `text`. */
export function expandMake(text: string, db: MakeDb, ctx: ExpandContext = {}): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "$") {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) break;
    if (next === "$") {
      out += "$";
      i++;
      continue;
    }
    if (next !== "(" && next !== "{") {
      out += lookup(next, db, ctx);
      i++;
      continue;
    }
    const close = next === "(" ? ")" : "}";
    let depth = 1;
    let j = i + 2;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === next) depth++;
      else if (text[j] === close) depth--;
    }
    const inner = text.slice(i + 2, j - 1);
    i = j - 1;
    const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(inner);
    const called = fn ? callFunction(fn[1] ?? "", fn[2] ?? "", db, ctx) : null;
    out += called ?? lookup(expandMake(inner, db, ctx), db, ctx);
  }
  return out;
}

/** Target- and pattern-specific variables that apply to `target`, in definition order. */
export function targetLocals(db: MakeDb, target: string, base: Map<string, string>): Map<string, string> {
  const local = new Map(base);
  for (const tv of db.targetVars) {
    if (tv.target !== target && !(tv.target.includes("%") && matchesPattern(tv.target, target))) continue;
    const old = local.get(tv.name);
    const value = tv.op === ":=" || tv.op === "::=" ? tv.value : expandMake(tv.value, db, { local });
    local.set(tv.name, tv.op === "+=" && old ? `${old} ${value}` : value);
  }
  return local;
}

