import { describe, expect, it } from "vitest";
import { sizeOfType } from "./type-size";

const typedefs: Record<string, string> = { size_t: "__kernel_size_t", __kernel_size_t: "unsigned int", loff_t: "long long", loop: "loop", fn_t: "void (*)(int)" };
const ctx = (wordBits: 32 | 64) => ({ wordBits, lookup: (n: string) => typedefs[n] });

describe("sizeOfType", () => {
  it("sizes base types per word size", () => {
    for (const [t, s32, s64] of [
      ["char", 1, 1],
      ["unsigned short", 2, 2],
      ["int", 4, 4],
      ["unsigned", 4, 4],
      ["long", 4, 8],
      ["unsigned long int", 4, 8],
      ["long long", 8, 8],
      ["const char __user *", 4, 8],
      ["int __user * []", 4, 8],
      ["enum pl_code", 4, 4],
    ] as const) {
      expect(sizeOfType(t, ctx(32)).size, t).toBe(s32);
      expect(sizeOfType(t, ctx(64)).size, t).toBe(s64);
    }
  });

  it("follows typedefs", () => {
    expect(sizeOfType("size_t", ctx(32)).size).toBe(4);
    expect(sizeOfType("const loff_t", ctx(32)).size).toBe(8);
    expect(sizeOfType("fn_t", ctx(64)).size).toBe(8);
  });

  it("explains what it cannot size", () => {
    expect(sizeOfType("struct foo", ctx(64))).toEqual({ size: null, reason: "struct passed by value (struct foo)" });
    expect(sizeOfType("mystery_t", ctx(64))).toEqual({ size: null, reason: "unknown type mystery_t" });
    expect(sizeOfType("loop", ctx(64)).size).toBeNull();
    expect(sizeOfType("void", ctx(64)).size).toBeNull();
  });
});
