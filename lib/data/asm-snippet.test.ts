import { describe, expect, it } from "vitest";
import { abiInfo } from "@/lib/abi-info";
import { asmSnippet, signatureWithRegisters } from "./asm-snippet";
import { toRowParams } from "./table-row";

const openat = [
  { name: "dfd", type: "int", size: 4 },
  { name: "filename", type: "const char __user *", size: 8 },
  { name: "flags", type: "int", size: 4 },
  { name: "mode", type: "umode_t", size: 2 },
];

describe("signatureWithRegisters", () => {
  it("annotates each parameter with its register", () => {
    const params = toRowParams(abiInfo("x86_64"), openat);
    expect(signatureWithRegisters("openat", "long", params)).toBe(
      "long openat(int dfd /* rdi */, const char __user *filename /* rsi */, int flags /* rdx */, umode_t mode /* r10 */);",
    );
  });
  it("says so when the prototype is unknown", () => {
    expect(signatureWithRegisters("x", null, null)).toBe("long x(/* parameters unknown */);");
  });
});

describe("asmSnippet", () => {
  it("loads the number register, the arguments, then traps (x86-64)", () => {
    const s = asmSnippet(abiInfo("x86_64"), "openat", 257, toRowParams(abiInfo("x86_64"), openat)).split("\n");
    expect(s[1]).toBe("\tmov rax, 257\t# syscall number");
    expect(s[2]).toBe("\tmov rdi, <dfd>\t# int dfd");
    expect(s[5]).toBe("\tmov r10, <mode>\t# umode_t mode");
    expect(s[6]).toBe("\tsyscall");
  });

  it("splits a 64-bit argument into halves in the ABI's order, after the alignment gap (ARM EABI)", () => {
    const pread64 = [
      { name: "fd", type: "unsigned int", size: 4 },
      { name: "buf", type: "char __user *", size: 4 },
      { name: "count", type: "size_t", size: 4 },
      { name: "pos", type: "loff_t", size: 8 },
    ];
    const s = asmSnippet(abiInfo("arm"), "pread64", 180, toRowParams(abiInfo("arm"), pread64));
    expect(s).toContain("\tldr r7, =180\t@ syscall number");
    expect(s).toContain("\t@ r3 unused (64-bit pair alignment)");
    expect(s).toContain("\tldr r4, =<pos low 32 bits>\t@ loff_t pos");
    expect(s).toContain("\tldr r5, =<pos high 32 bits>\t@ loff_t pos");
    expect(s.trimEnd().split("\n").at(-2)).toBe("\tsvc #0");
  });

  it("puts the high half first on a big-endian ABI and names stack slots (MIPS o32)", () => {
    const params = toRowParams(abiInfo("mips-o32"), [
      { name: "fd", type: "int", size: 4 },
      { name: "offset", type: "loff_t", size: 8 },
      { name: "len", type: "loff_t", size: 8 },
      { name: "advice", type: "int", size: 4 },
    ]);
    const s = asmSnippet(abiInfo("mips-o32"), "fadvise64", 4254, params);
    expect(s).toContain("\tli $a2, <offset high 32 bits>");
    expect(s).toContain("\tli $a3, <offset low 32 bits>");
    expect(s).toContain("# <len high 32 bits> goes on the stack (stack+16)");
  });

  it("uses the 32-bit load on loongarch32 and the 64-bit one on loongarch64", () => {
    const fd = [{ name: "fd", type: "unsigned int", size: 4 }];
    const la32 = asmSnippet(abiInfo("loongarch32"), "close", 57, toRowParams(abiInfo("loongarch32"), fd));
    const la64 = asmSnippet(abiInfo("loongarch64"), "close", 57, toRowParams(abiInfo("loongarch64"), fd));
    expect(la32).toContain("\tli.w $a7, 57");
    expect(la32).not.toContain("li.d");
    expect(la64).toContain("\tli.d $a7, 57");
  });
});

describe("asmSnippet: each dialect's number load", () => {
  const nrLine = (abi: Parameters<typeof abiInfo>[0], nr: number) => asmSnippet(abiInfo(abi), "x", nr, []).split("\n")[1];
  it.each([
    ["xtensa", 64, "\tmovi a2, 64\t# syscall number"],
    ["nios2", 64, "\tmovi r2, 64\t# syscall number"],
    ["arc", 64, "\tmov r8, 64\t# syscall number"],
    ["microblaze", 64, "\taddik r12, r0, 64\t# syscall number"],
    ["openrisc", 64, "\tl.ori r11, r0, 64\t# syscall number"],
    ["hexagon", 64, "\tr6 = #64\t// syscall number"],
    ["csky", 64, "\tmovi r7, 64\t# syscall number"],
    ["s390", 295, "\tlhi %r1, 295\t# syscall number"],
    ["s390x", 295, "\tlgfi %r1, 295\t# syscall number"],
    ["powerpc", 295, "\tli %r0, 295\t# syscall number"],
    ["sh", 100, "\tmov #100, r3\t! syscall number"],
    ["sh", -128, "\tmov #-128, r3\t! syscall number"],
    ["i386", 295, "\tmov eax, 295\t# syscall number"],
  ] as const)("%s loads %i", (abi, nr, want) => {
    expect(nrLine(abi, nr)).toBe(want);
  });

  it("no ABI falls back to a generic li its assembler lacks", () => {
    for (const abi of ["xtensa", "nios2", "arc", "microblaze", "openrisc", "hexagon", "csky", "sh"] as const)
      expect(asmSnippet(abiInfo(abi), "x", 1, []), abi).not.toMatch(/\bli\b/);
  });

  it("SuperH: a number past 8-bit signed comes from a literal pool after the code", () => {
    const s = asmSnippet(abiInfo("sh"), "openat", 295, []).split("\n");
    expect(s[1]).toBe("\tmov.l 1f, r3\t! syscall number");
    expect(s).toContain("\ttrapa #31");
    expect(s.indexOf("\t.align 2")).toBeGreaterThan(s.indexOf("\ttrapa #31"));
    expect(s.at(-1)).toMatch(/^1:\t\.long 295\t! /);
    expect(asmSnippet(abiInfo("sh"), "x", 128, [])).toContain("mov.l 1f, r3");
  });

  it("x86 is Intel syntax throughout, trap included, and says so", () => {
    const s = asmSnippet(abiInfo("i386"), "openat", 295, []);
    expect(s.split("\n")[0]).toMatch(/Intel syntax \(\.intel_syntax noprefix\)/);
    expect(s).toContain("\tint 0x80\n");
    expect(s).not.toContain("$");
  });
});
