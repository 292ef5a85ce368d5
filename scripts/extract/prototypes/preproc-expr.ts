/**
 * Evaluates C preprocessor `#if` expressions. Values are numbers or `null` (unknown):
 * the caller decides what an identifier means, so the same evaluator serves a definite
 * mini-preprocessor (unknown macros are 0, as in C) and a three-valued guess about
 * which `#ifdef` branch a kernel configuration compiles.
 */

export interface ExprEnv {
  /** `defined(NAME)`: true, false, or null when unknown. */
  defined(name: string): boolean | null;
  /** Value of a bare identifier, or null when unknown. */
  value(name: string): number | null;
}

type Tok = { k: "num"; v: number } | { k: "id"; v: string } | { k: "op"; v: string };

const OPS = ["&&", "||", "==", "!=", "<=", ">=", "<<", ">>", "!", "~", "+", "-", "*", "/", "%", "<", ">", "&", "|", "^", "(", ")", "?", ":", ","];

function tokenize(expr: string): Tok[] | null {
  const toks: Tok[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i] ?? "";
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^(0x[0-9a-fA-F]+|\d+)[uUlL]*/.exec(expr.slice(i));
    if (num) {
      toks.push({ k: "num", v: Number(num[1]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_]\w*/.exec(expr.slice(i));
    if (id) {
      toks.push({ k: "id", v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => expr.startsWith(o, i));
    if (!op) return null;
    toks.push({ k: "op", v: op });
    i += op.length;
  }
  return toks;
}

const BINARY: readonly (readonly string[])[] = [
  ["||"],
  ["&&"],
  ["|"],
  ["^"],
  ["&"],
  ["==", "!="],
  ["<", ">", "<=", ">="],
  ["<<", ">>"],
  ["+", "-"],
  ["*", "/", "%"],
];

const truth = (v: number | null): boolean | null => (v === null ? null : v !== 0);
const num = (b: boolean | null): number | null => (b === null ? null : b ? 1 : 0);

/** Evaluate; returns null for unknown or for an expression it cannot parse. */
export function evalExpr(expr: string, env: ExprEnv): number | null {
  const toks = tokenize(expr);
  if (!toks) return null;
  let pos = 0;
  const peek = () => toks[pos];
  const isOp = (v: string) => {
    const t = peek();
    return t?.k === "op" && t.v === v;
  };
  let failed = false;

  const ternary = (): number | null => {
    const c = binary(0);
    if (!isOp("?")) return c;
    pos++;
    const a = ternary();
    if (!isOp(":")) {
      failed = true;
      return null;
    }
    pos++;
    const b = ternary();
    const t = truth(c);
    if (t === null) return a === b ? a : null;
    return t ? a : b;
  };

  const binary = (level: number): number | null => {
    const ops = BINARY[level];
    if (!ops) return unary();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (t?.k !== "op" || !ops.includes(t.v)) return left;
      pos++;
      const right = binary(level + 1);
      left = apply(t.v, left, right);
    }
  };

  const apply = (op: string, a: number | null, b: number | null): number | null => {
    if (op === "&&") {
      const x = truth(a);
      const y = truth(b);
      if (x === false || y === false) return 0;
      return x === null || y === null ? null : 1;
    }
    if (op === "||") {
      const x = truth(a);
      const y = truth(b);
      if (x === true || y === true) return 1;
      return x === null || y === null ? null : 0;
    }
    if (a === null || b === null) return null;
    switch (op) {
      case "|": return a | b;
      case "^": return a ^ b;
      case "&": return a & b;
      case "==": return a === b ? 1 : 0;
      case "!=": return a !== b ? 1 : 0;
      case "<": return a < b ? 1 : 0;
      case ">": return a > b ? 1 : 0;
      case "<=": return a <= b ? 1 : 0;
      case ">=": return a >= b ? 1 : 0;
      case "<<": return a << b;
      case ">>": return a >> b;
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/": return b === 0 ? null : Math.trunc(a / b);
      case "%": return b === 0 ? null : a % b;
    }
    return null;
  };

  const unary = (): number | null => {
    const t = peek();
    if (t?.k === "op") {
      if (t.v === "!") {
        pos++;
        const v = truth(unary());
        return v === null ? null : v ? 0 : 1;
      }
      if (t.v === "-" || t.v === "+" || t.v === "~") {
        pos++;
        const v = unary();
        if (v === null) return null;
        return t.v === "-" ? -v : t.v === "~" ? ~v : v;
      }
      if (t.v === "(") {
        pos++;
        const v = ternary();
        if (!isOp(")")) failed = true;
        else pos++;
        return v;
      }
      failed = true;
      return null;
    }
    if (!t) {
      failed = true;
      return null;
    }
    pos++;
    if (t.k === "num") return t.v;
    if (t.v === "defined") {
      const paren = isOp("(");
      if (paren) pos++;
      const name = peek();
      if (name?.k !== "id") {
        failed = true;
        return null;
      }
      pos++;
      if (paren) {
        if (!isOp(")")) failed = true;
        else pos++;
      }
      return num(env.defined(name.v));
    }
    if (isOp("(")) {
      // A function-like macro: IS_ENABLED(CONFIG_X) and friends; others are unknown.
      const args: string[] = [];
      pos++;
      while (peek() && !isOp(")")) {
        const a = peek();
        if (a?.k === "id") args.push(a.v);
        pos++;
      }
      pos++;
      if (/^IS_(ENABLED|BUILTIN|REACHABLE)$/.test(t.v) && args[0]) return num(env.defined(args[0]));
      if (t.v === "IS_MODULE") return 0;
      return null;
    }
    return env.value(t.v);
  };

  const v = ternary();
  if (failed || pos !== toks.length) return null;
  return v;
}
