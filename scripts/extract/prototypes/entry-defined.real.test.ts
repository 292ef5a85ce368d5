/**
 * Against the real 6.12 tree (skipped when absent): which table entries are built for which
 * ABI. Expected values, by hand from the tree: sys_map_shadow_stack is defined only in
 * arch/x86/kernel/shstk.c (obj-$(CONFIG_X86_USER_SHADOW_STACK), `depends on X86_64`);
 * sys_pciconfig_iobase only under arch/alpha and arch/powerpc; sys_or1k_atomic is
 * ENTRY(sys_or1k_atomic) in arch/openrisc/kernel/entry.S; kernel/sys_ni.c has
 * COND_SYSCALL(map_shadow_stack) and COND_SYSCALL(pciconfig_iobase).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cachedKernelTree } from "../test-support/kernel-tree";
import { entryBuilt } from "./entry-defined";
import { scanTree } from "./scan-tree";

const T612 = cachedKernelTree("6.12") ?? "/nonexistent/linux-source-6.12";

describe.skipIf(!existsSync(join(T612, "Makefile")))("entryBuilt on Linux 6.12", () => {
  it("flags only the entries nothing builds for the ABI", () => {
    const index = scanTree(T612);
    const built = (abi: string, arch: string, symbol: string) => entryBuilt(index, { abi, arch, symbol }).built;
    expect(built("x86_64", "x86", "sys_map_shadow_stack")).toBe(true);
    expect(built("x32", "x86", "sys_map_shadow_stack")).toBe(true);
    expect(built("i386", "x86", "sys_map_shadow_stack")).toBe(false);
    expect(built("arm64", "arm64", "sys_map_shadow_stack")).toBe(false);
    expect(built("riscv64", "riscv", "sys_map_shadow_stack")).toBe(false);
    expect(built("arm", "arm", "sys_pciconfig_iobase")).toBe(false);
    expect(built("powerpc", "powerpc", "sys_pciconfig_iobase")).toBe(true);
    expect(built("openrisc", "openrisc", "sys_or1k_atomic")).toBe(true);
    expect(built("x86_64", "x86", "sys_read")).toBe(true);
    expect(built("arm", "arm", "sys_arm_fadvise64_64")).toBe(true);
  }, 120_000);
});
