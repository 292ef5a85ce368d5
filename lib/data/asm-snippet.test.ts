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
