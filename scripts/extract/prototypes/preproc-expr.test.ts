import { describe, expect, it } from "vitest";
import { evalExpr, type ExprEnv } from "./preproc-expr";

const env: ExprEnv = {
  defined: (n) => (n === "ON" ? true : n === "OFF" ? false : null),
  value: (n) => (n === "BITS" ? 32 : n === "ON" ? 1 : n === "OFF" ? 0 : null),
};

describe("evalExpr", () => {
  it("computes known values", () => {
    expect(evalExpr("defined(ON) && !defined OFF", env)).toBe(1);
    expect(evalExpr("BITS != 64", env)).toBe(1);
    expect(evalExpr("(BITS == 64) ? 1 : 2", env)).toBe(2);
    expect(evalExpr("0x10 + 2UL", env)).toBe(18);
    expect(evalExpr("IS_ENABLED(ON)", env)).toBe(1);
  });

  it("keeps unknowns unknown unless the other side decides", () => {
    expect(evalExpr("defined(MAYBE)", env)).toBeNull();
    expect(evalExpr("defined(MAYBE) && defined(OFF)", env)).toBe(0);
    expect(evalExpr("defined(MAYBE) || defined(ON)", env)).toBe(1);
    expect(evalExpr("defined(MAYBE) || defined(OFF)", env)).toBeNull();
    expect(evalExpr("!defined(MAYBE)", env)).toBeNull();
  });

  it("returns null for text it cannot parse", () => {
    expect(evalExpr("a ==", env)).toBeNull();
    expect(evalExpr("'x'", env)).toBeNull();
  });
});
