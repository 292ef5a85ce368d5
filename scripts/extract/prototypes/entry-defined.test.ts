import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { entryBuilt, sysNiFallback } from "./entry-defined";
import { writeTree } from "./fixture-tree";
import { scanTree } from "./scan-tree";

// A small tree modelled on the kernel's layout: kernel/sys_ni.c's COND_SYSCALL fallbacks,
// a generic SYSCALL_DEFINE, arch-only definitions, an assembly ENTRY (openrisc's
// or1k_atomic lives in arch/openrisc/kernel/entry.S), an arch #define alias.
const root = writeTree({
  "kernel/sys_ni.c": "COND_SYSCALL(lookup_dcookie);\nCOND_SYSCALL(map_shadow_stack);\nCOND_SYSCALL(pciconfig_iobase);\n",
  "fs/read_write.c": "SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)\n{\n\treturn 0;\n}\n",
  "arch/x86/kernel/shstk.c": "SYSCALL_DEFINE3(map_shadow_stack, unsigned long, addr, unsigned long, size, unsigned int, flags)\n{\n\treturn 0;\n}\n",
  "arch/alpha/kernel/pci.c": "SYSCALL_DEFINE3(pciconfig_iobase, long, which, unsigned long, bus, unsigned long, dfn)\n{\n\treturn 0;\n}\n",
  "arch/openrisc/kernel/entry.S": "ENTRY(sys_or1k_atomic)\n\tl.jr r9\n\tl.nop\n",
  "arch/hexagon/kernel/syscalltab.c": "#define sys_fadvise64_64 sys_hexagon_fadvise64_64\n",
  "arch/hexagon/kernel/syscall.c": "asmlinkage long sys_hexagon_fadvise64_64(int fd, int advice, u32 a1, u32 a2, u32 a3, u32 a4)\n{\n\treturn 0;\n}\n",
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
const index = scanTree(root);
const built = (abi: string, arch: string, symbol: string) => entryBuilt(index, { abi, arch, symbol });

describe("entryBuilt", () => {
  it("generic and own-arch definitions (C, assembly, #define alias) are built", () => {
    expect(built("arm64", "arm64", "__arm64_sys_read")).toEqual({ built: true });
    expect(built("x86_64", "x86", "sys_map_shadow_stack")).toEqual({ built: true });
    expect(built("openrisc", "openrisc", "sys_or1k_atomic")).toEqual({ built: true });
    expect(built("hexagon", "hexagon", "sys_fadvise64_64")).toEqual({ built: true });
  });

  it("no definition anywhere: ENOSYS through sys_ni.c", () => {
    expect(built("x86_64", "x86", "sys_lookup_dcookie")).toEqual({
      built: false,
      note: "no definition of sys_lookup_dcookie in the tree: ENOSYS here (COND_SYSCALL(lookup_dcookie) in kernel/sys_ni.c)",
    });
  });

  it("defined only under another arch: ENOSYS here", () => {
    expect(built("arm64", "arm64", "sys_map_shadow_stack")).toEqual({
      built: false,
      note: "sys_map_shadow_stack is only defined under arch/x86: ENOSYS here (COND_SYSCALL(map_shadow_stack) in kernel/sys_ni.c)",
    });
    expect(built("arm", "arm", "sys_pciconfig_iobase")).toMatchObject({ built: false, note: expect.stringContaining("only defined under arch/alpha") });
  });

  it("the curated config-only case: i386 map_shadow_stack (shstk.c needs X86_64)", () => {
    const r = built("i386", "x86", "sys_map_shadow_stack");
    expect(r.built).toBe(false);
    expect(r).toMatchObject({ note: expect.stringContaining("CONFIG_X86_USER_SHADOW_STACK, which depends on X86_64") });
  });

  it("nothing defines it and sys_ni.c has no fallback: unknown, not flipped", () => {
    expect(built("x86_64", "x86", "sys_getrandom").built).toBeNull();
    expect(sysNiFallback(root, "compat_sys_lookup_dcookie")).toBeNull();
    expect(sysNiFallback(root, "sys_lookup_dcookie")).toBe("COND_SYSCALL(lookup_dcookie)");
  });
});
