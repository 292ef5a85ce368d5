import { describe, expect, it } from "vitest";
import { evalExpr } from "./cpp-expr";
import { expand, parseDefine } from "./cpp-macros";
import { runCpp } from "./cpp-run";
import { tokenize, toText } from "./cpp-tokens";
import { evalUnistd, macroValue, nameSlots } from "./unistd-eval";

const ev = (s: string): number => Number(evalExpr(tokenize(s)));

describe("evalExpr", () => {
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["0x40000000 + 5", 0x40000005],
    ["010", 8],
    ["4000UL", 4000],
    ["1 << 4 | 1", 17],
    ["!0 && (2 > 1)", 1],
    ["3 == 4 || 5 != 5", 0],
    ["1 ? 10 : 20", 10],
    ["-1 < 0", 1],
    ["undefined_name", 0],
  ])("%s = %d", (expr, value) => expect(ev(expr)).toBe(value));

  it("refuses identifiers in strict mode and malformed input", () => {
    expect(() => evalExpr(tokenize("a + 1"), true)).toThrow(/undefined identifier "a"/);
    expect(() => ev("(1 + 2")).toThrow(/expected "\)"/);
    expect(() => ev("1 2")).toThrow(/trailing/);
  });
});

describe("macro expansion", () => {
  const table = (...defs: string[]) => new Map(defs.map((d) => parseDefine(d, "t")).map((m) => [m.name, m]));
  it("expands object-like and function-like macros, arguments first", () => {
    const m = table("BASE 244", "NR(x) (BASE + x)", "CALL(nr, f) SLOT(nr, f)", "sys_mmap2 sys_mmap_pgoff");
    expect(toText(expand(tokenize("CALL(NR(15), sys_mmap2)"), m)).replace(/\s+/g, " ")).toBe("SLOT((244 + 15), sys_mmap_pgoff)");
  });
  it("does not expand a macro inside itself", () => {
    const m = table("foo foo + 1", "bar(x) bar(x)");
    expect(toText(expand(tokenize("foo bar(2)"), m))).toBe("foo + 1 bar(2)");
  });
  it("leaves a function-like name without arguments alone", () => {
    expect(toText(expand(tokenize("F + 1"), table("F(x) x")))).toBe("F + 1");
  });
});

describe("runCpp", () => {
  it("follows #if/#ifdef/#elif/#else, defined, #undef and #include", () => {
    const seen: string[] = [];
    const macros = runCpp(
      {
        path: "a.h",
        text: `#define A 1
#if defined(A) && !defined(B)
#define X 10
#elif 1
#define X 20
#else
#define X 30
#endif
#ifndef A
#error never
#endif
#include <b.h>
#undef A
value X Y /* comment
spanning */ tail
`,
      },
      {
        resolve: (spec) => (spec === "b.h" ? { path: "b.h", text: "#ifdef A\n#define Y 2\n#endif\n" } : null),
        onText: (t, where) => seen.push(`${where} ${toText(t).trim()}`),
      },
    );
    expect(macroValue(macros, "X")).toBe(10);
    expect(macros.has("A")).toBe(false);
    // A comment spanning lines ends the first line's text.
    expect(seen.map((l) => l.replace(/\s+/g, " "))).toEqual(["a.h:14 value 10 2", "a.h:15 tail"]);
  });

  it("names the file and line of a broken directive", () => {
    expect(() => runCpp({ path: "x.h", text: "#if 1 +\n#endif\n" })).toThrow(/^x\.h:1: #if 1 \+:/);
    expect(() => runCpp({ path: "x.h", text: "#if 1\n" })).toThrow(/unterminated #if/);
  });
});

describe("evalUnistd + nameSlots", () => {
  const header = `#ifndef __SYSCALL
#define __SYSCALL(x, y)
#endif
#if __BITS_PER_LONG == 32
#define __SC_3264(nr, a, b) __SYSCALL(nr, a)
#else
#define __SC_3264(nr, a, b) __SYSCALL(nr, b)
#endif
#define __NR_read 63
__SYSCALL(__NR_read, sys_read)
#define __NR3264_fcntl 25
__SC_3264(__NR3264_fcntl, sys_fcntl64,
          sys_fcntl)
#define __NR_arch_specific_syscall 244
#define __NR_cacheflush (__NR_arch_specific_syscall + 0)
__SYSCALL(__NR_cacheflush, sys_cacheflush)
#define __NR_or1k_atomic __NR_arch_specific_syscall
#define __NR_old_alias __NR_read
__SYSCALL(7, sys_ni_syscall)
#if __BITS_PER_LONG == 64
#define __NR_fcntl __NR3264_fcntl
#else
#define __NR_fcntl64 __NR3264_fcntl
#endif
`;
  const rows = (text: string, bits: string) =>
    nameSlots(evalUnistd({ path: "u.h", text }, { __BITS_PER_LONG: bits }, () => null)).map((s) => [s.nr, s.name, s.entry]);

  it("pairs slots with names by number, following __BITS_PER_LONG", () => {
    expect(rows(header, "64")).toEqual([
      [25, "fcntl", "sys_fcntl"],
      [63, "read", "sys_read"],
      [244, "cacheflush", "sys_cacheflush"],
    ]);
    expect(rows(header, "32")[0]).toEqual([25, "fcntl64", "sys_fcntl64"]);
  });

  it("takes the name written in the slot's own line, even when it aliases a base", () => {
    const or1k = "#define __NR_arch_specific_syscall 244\n#define __NR_or1k_atomic __NR_arch_specific_syscall\n__SYSCALL(__NR_or1k_atomic, sys_or1k_atomic)\n";
    expect(rows(or1k, "32")).toEqual([[244, "or1k_atomic", "sys_or1k_atomic"]]);
  });

  it("refuses to guess between two real names for one slot", () => {
    expect(() => rows("#define __NR_a 5\n#define __NR_b 5\n__SYSCALL(5, sys_x)\n", "32")).toThrow(/^u\.h:3: number 5 has several names: __NR_a, __NR_b/);
  });

  it("reports a __SYSCALL whose number cannot be evaluated", () => {
    expect(() => evalUnistd({ path: "u.h", text: "__SYSCALL(__NR_nope, sys_x)\n" }, {}, () => null)).toThrow(/^u\.h:1: __SYSCALL number __NR_nope: undefined identifier/);
  });
});
