import { describe, expect, it } from "vitest";
import { evalCond, trackConditions } from "./cond-lines";
import type { ExprEnv } from "./preproc-expr";

const src = `#ifndef _GUARD_H
#define _GUARD_H
#ifdef A
one
#elif defined(B)
two
#else
three
#endif
#if X \\
  && Y
four
#endif
#define PPC_DEFINE4 SYSCALL_DEFINE4
#endif`;

describe("trackConditions", () => {
  const r = trackConditions(src);
  const lineOf = (w: string) => r.code.split("\n").indexOf(w);
  const show = (w: string) => (r.conds[lineOf(w)] ?? []).map((t) => (t.neg ? "!" : "") + t.expr);

  it("records the branch conditions of each line, ignoring the include guard", () => {
    expect(show("one")).toEqual(["defined(A)"]);
    expect(show("two")).toEqual(["!defined(A)", "defined(B)"]);
    expect(show("three")).toEqual(["!defined(A)", "!defined(B)"]);
    expect(show("four")).toEqual(["X    && Y"]);
  });

  it("blanks directives and collects #defines", () => {
    expect(r.code).not.toMatch(/#/);
    expect(r.defines.map((d) => [d.name, d.body, d.line])).toEqual([
      ["_GUARD_H", "", 2],
      ["PPC_DEFINE4", "SYSCALL_DEFINE4", 14],
    ]);
  });

  it("evaluates a condition three-valued", () => {
    const env: ExprEnv = { defined: (n) => (n === "A" ? false : n === "B" ? true : null), value: () => null };
    const cache = new Map<string, number | null>();
    expect(evalCond(r.conds[lineOf("two")] ?? [], env, cache)).toBe(true);
    expect(evalCond(r.conds[lineOf("three")] ?? [], env, cache)).toBe(false);
    expect(evalCond(r.conds[lineOf("four")] ?? [], env, cache)).toBeNull();
  });
});
