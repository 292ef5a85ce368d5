import { describe, expect, it } from "vitest";
import { lineAt, lineStartsOf, matchBracket, normalizeType, splitTopLevel, stripComments } from "./c-text";

describe("c-text", () => {
  it("blanks comments and strings but keeps offsets and newlines", () => {
    const src = 'a /* x\ny */ b // c\n"s(,)" \'(\' d';
    const out = stripComments(src);
    expect(out.length).toBe(src.length);
    expect(out.split("\n").length).toBe(3);
    expect(out).not.toMatch(/[xyc(,)]/);
    expect(out.replace(/\s+/g, " ").trim()).toBe("a b d");
    expect(stripComments('#include "a.h"', true)).toBe('#include "a.h"');
  });

  it("splits on top-level commas only", () => {
    expect(splitTopLevel("int, a, SC_ARG64(x), struct { int a, b; } *, p")).toEqual(["int", "a", "SC_ARG64(x)", "struct { int a, b; } *", "p"]);
  });

  it("finds matching brackets", () => {
    expect(matchBracket("f(a(b), c)", 1)).toBe(9);
    expect(matchBracket("f(a", 1)).toBe(-1);
  });

  it("normalises type text", () => {
    expect(normalizeType("const  char\t__user  *")).toBe("const char __user *");
    expect(normalizeType("const char __user * const __user *")).toBe("const char __user * const __user *");
    expect(normalizeType("char * *")).toBe("char **");
  });

  it("maps offsets to 1-based lines", () => {
    const starts = lineStartsOf("ab\ncd\n\nef");
    expect([0, 3, 4, 6, 7].map((p) => lineAt(starts, p))).toEqual([1, 2, 2, 3, 4]);
  });
});
