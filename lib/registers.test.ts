import { describe, expect, it } from "vitest";
import { abiInfo } from "./abi-info";
import { assignRegisters } from "./registers";

const sizes = (...s: (number | null)[]) => s.map((size) => ({ size }));

describe("assignRegisters", () => {
  it("gives each argument one register on a 64-bit ABI", () => {
    const slots = assignRegisters(abiInfo("x86_64"), sizes(4, 8, 4, 8));
    expect(slots.map((s) => s.registers)).toEqual([["rdi"], ["rsi"], ["rdx"], ["r10"]]);
    expect(slots.some((s) => s.split)).toBe(false);
  });

  it("splits a 64-bit argument across two registers on i386, without alignment", () => {
    // fadvise64_64(int fd, loff_t offset, loff_t len, int advice)
    const slots = assignRegisters(abiInfo("i386"), sizes(4, 8, 8, 4));
    expect(slots.map((s) => s.registers)).toEqual([["ebx"], ["ecx", "edx"], ["esi", "edi"], ["ebp"]]);
    expect(slots[1]?.split).toBe(true);
    expect(slots.every((s) => s.padding === null)).toBe(true);
  });

  it("aligns a 64-bit argument to an even register pair on ARM EABI", () => {
    // readahead(int fd, loff_t offset, size_t count): fd in r0, r1 unused, offset in r2/r3
    const slots = assignRegisters(abiInfo("arm"), sizes(4, 8, 4));
    expect(slots[1]).toEqual({ registers: ["r2", "r3"], split: true, padding: "r1" });
    expect(slots[2]?.registers).toEqual(["r4"]);
  });

  it("pairs 64-bit arguments in adjacent registers on LoongArch32, within the six do_syscall passes", () => {
    // fadvise64_64(int fd, loff_t offset, loff_t len, int advice): a0, a1/a2, a3/a4, a5
    const slots = assignRegisters(abiInfo("loongarch32"), sizes(4, 8, 8, 4));
    expect(slots.map((s) => s.registers)).toEqual([["a0"], ["a1", "a2"], ["a3", "a4"], ["a5"]]);
    expect(slots.every((s) => s.padding === null)).toBe(true);
  });

  it("keeps a 64-bit argument in one register on ILP32 ABIs with 64-bit registers (x32, MIPS n32)", () => {
    // pread64(fd, buf, count, pos): x32 and n32 pass pos whole, in r10 / a3
    expect(assignRegisters(abiInfo("x32"), sizes(4, 4, 4, 8))[3]).toEqual({ registers: ["r10"], split: false, padding: null });
    expect(assignRegisters(abiInfo("mips-n32"), sizes(4, 4, 4, 8))[3]).toEqual({ registers: ["a3"], split: false, padding: null });
  });

  it("spills past the argument registers onto the stack", () => {
    const slots = assignRegisters(abiInfo("i386"), sizes(4, 4, 4, 4, 4, 4, 4));
    expect(slots[6]?.registers).toEqual(["stack[0]"]);
  });

  it("treats an unknown size as one word", () => {
    const slots = assignRegisters(abiInfo("arm"), sizes(null, 4));
    expect(slots.map((s) => s.registers)).toEqual([["r0"], ["r1"]]);
  });
});
