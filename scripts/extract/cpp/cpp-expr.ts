/**
 * Evaluate a C preprocessor integer expression (already macro-expanded): literals,
 * unary ! ~ - +, binary arithmetic, shifts, comparisons, bitwise and logical operators,
 * ?: and parentheses. Identifiers left over count as 0, as in `#if`; `strict` makes them
 * an error instead (used for syscall numbers, which must be fully defined).
 */
import type { Token } from "./cpp-tokens";

const BINARY: Record<string, number> = {
  "*": 10, "/": 10, "%": 10,
  "+": 9, "-": 9,
  "<<": 8, ">>": 8,
  "<": 7, ">": 7, "<=": 7, ">=": 7,
  "==": 6, "!=": 6,
  "&": 5, "^": 4, "|": 3, "&&": 2, "||": 1,
};

function literal(text: string): bigint {
  const t = text.replace(/[uUlL]+$/, "");
  if (/^0[xX][0-9a-fA-F]+$/.test(t) || /^0[bB][01]+$/.test(t)) return BigInt(t);
  if (/^0[0-7]+$/.test(t)) return BigInt(`0o${t.slice(1)}`);
  if (/^\d+$/.test(t)) return BigInt(t);
  throw new Error(`not an integer literal: ${text}`);
}

function apply(op: string, a: bigint, b: bigint): bigint {
  const bool = (x: boolean): bigint => (x ? 1n : 0n);
  switch (op) {
    case "*": return a * b;
    case "/": if (b === 0n) throw new Error("division by zero"); return a / b;
    case "%": if (b === 0n) throw new Error("division by zero"); return a % b;
    case "+": return a + b;
    case "-": return a - b;
    case "<<": return a << b;
    case ">>": return a >> b;
    case "<": return bool(a < b);
    case ">": return bool(a > b);
    case "<=": return bool(a <= b);
    case ">=": return bool(a >= b);
    case "==": return bool(a === b);
    case "!=": return bool(a !== b);
    case "&": return a & b;
    case "^": return a ^ b;
    case "|": return a | b;
    case "&&": return bool(a !== 0n && b !== 0n);
    case "||": return bool(a !== 0n || b !== 0n);
    default: throw new Error(`unknown operator ${op}`);
  }
}

export function evalExpr(tokens: readonly Token[], strict = false): bigint {
  const toks = tokens.filter((t) => t.kind !== "space");
  let pos = 0;
  const peek = (): string | undefined => toks[pos]?.text;
  const expect = (s: string): void => {
    if (toks[pos]?.text !== s) throw new Error(`expected "${s}" in expression, found "${toks[pos]?.text ?? "end"}"`);
    pos++;
  };
  const primary = (): bigint => {
    const t = toks[pos++];
    if (!t) throw new Error("unexpected end of expression");
    if (t.text === "(") {
      const v = ternary();
      expect(")");
      return v;
    }
    if (t.text === "!") return primary() === 0n ? 1n : 0n;
    if (t.text === "~") return ~primary();
    if (t.text === "-") return -primary();
    if (t.text === "+") return primary();
    if (t.kind === "number") return literal(t.text);
    if (t.kind === "string" && t.text.startsWith("'") && t.text.length === 3) return BigInt(t.text.charCodeAt(1));
    if (t.kind === "ident") {
      if (strict) throw new Error(`undefined identifier "${t.text}"`);
      return 0n;
    }
    throw new Error(`unexpected "${t.text}" in expression`);
  };
  const binary = (minPrec: number): bigint => {
    let left = primary();
    for (;;) {
      const op = peek();
      const prec = op === undefined ? undefined : BINARY[op];
      if (op === undefined || prec === undefined || prec < minPrec) return left;
      pos++;
      const right = binary(prec + 1);
      left = apply(op, left, right);
    }
  };
  function ternary(): bigint {
    const cond = binary(1);
    if (peek() !== "?") return cond;
    pos++;
    const a = ternary();
    expect(":");
    const b = ternary();
    return cond !== 0n ? a : b;
  }
  const v = ternary();
  if (pos !== toks.length) throw new Error(`trailing "${toks[pos]?.text}" in expression`);
  return v;
}
