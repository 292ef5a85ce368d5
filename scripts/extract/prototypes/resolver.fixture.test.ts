import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { abiInfo } from "@/lib/abi-info";
import type { AbiId } from "@/lib/schema/kernel-api";
import { BASE_TYPES, writeTree } from "./fixture-tree";
import { createPrototypeResolver } from "./index";

const CLONE = `#ifdef __ARCH_WANT_SYS_CLONE
#ifdef CONFIG_CLONE_BACKWARDS
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		 int __user *, parent_tidptr,
		 unsigned long, tls,
		 int __user *, child_tidptr)
#elif defined(CONFIG_CLONE_BACKWARDS2)
SYSCALL_DEFINE5(clone, unsigned long, newsp, unsigned long, clone_flags,
		 int __user *, parent_tidptr,
		 int __user *, child_tidptr,
		 unsigned long, tls)
#elif defined(CONFIG_CLONE_BACKWARDS3)
SYSCALL_DEFINE6(clone, unsigned long, clone_flags, unsigned long, newsp,
		int, stack_size,
		int __user *, parent_tidptr,
		int __user *, child_tidptr,
		unsigned long, tls)
#else
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		 int __user *, parent_tidptr,
		 int __user *, child_tidptr,
		 unsigned long, tls)
#endif
{
	return 0;
}
#endif
`;

const WANT_CLONE = "#define __ARCH_WANT_SYS_CLONE\n";

const root = writeTree({
  ...BASE_TYPES,
  // x86: i386 selects CLONE_BACKWARDS through X86_32, x86_64 does not.
  "arch/x86/Kconfig": "config 64BIT\n\tbool \"64-bit kernel\"\n\nconfig X86_32\n\tdef_bool y\n\tdepends on !64BIT\n\tselect CLONE_BACKWARDS\n\tselect ARCH_SPLIT_ARG64\n\nconfig X86_64\n\tdef_bool y\n\tselect SWIOTLB\n",
  "arch/x86/include/asm/unistd.h": WANT_CLONE,
  "arch/x86/include/asm/posix_types.h": "# ifdef CONFIG_X86_32\n#  include <asm/posix_types_32.h>\n# else\n#  include <asm/posix_types_64.h>\n# endif\n",
  "arch/x86/include/uapi/asm/posix_types_32.h":
    "typedef unsigned short __kernel_mode_t;\n#define __kernel_mode_t __kernel_mode_t\ntypedef unsigned short __kernel_uid_t;\ntypedef unsigned short __kernel_gid_t;\n#define __kernel_uid_t __kernel_uid_t\n#include <asm-generic/posix_types.h>\n",
  "arch/x86/include/uapi/asm/posix_types_64.h":
    "typedef unsigned short __kernel_old_uid_t;\ntypedef unsigned short __kernel_old_gid_t;\n#define __kernel_old_uid_t __kernel_old_uid_t\n#include <asm-generic/posix_types.h>\n",
  "arch/x86/kernel/sys_ia32.c":
    "SYSCALL_DEFINE5(ia32_pread64, unsigned int, fd, char __user *, ubuf,\n\t\tu32, count, u32, poslo, u32, poshi)\n{\n\treturn 0;\n}\n",
  "arch/x86/kernel/signal_64.c": "SYSCALL_DEFINE0(rt_sigreturn)\n{\n\treturn 0;\n}\n",
  "kernel/fork.c": CLONE,
  "kernel/uid16.c": "SYSCALL_DEFINE3(chown16, const char __user *, filename, old_uid_t, user, old_gid_t, group)\n{\n}\n",
  "fs/open.c":
    "SYSCALL_DEFINE4(openat, int, dfd, const char __user *, filename, int, flags,\n\t\tumode_t, mode)\n{\n}\n\n#ifdef CONFIG_COMPAT\nCOMPAT_SYSCALL_DEFINE4(openat, int, dfd, const char __user *, filename, int, flags, umode_t, mode)\n{\n}\n#endif\n",
  "fs/byval.c": "SYSCALL_DEFINE1(byval, struct foo, f)\n{\n}\n",
  "mm/mmap.c":
    "SYSCALL_DEFINE6(mmap_pgoff, unsigned long, addr, unsigned long, len,\n\t\tunsigned long, prot, unsigned long, flags,\n\t\tunsigned long, fd, unsigned long, pgoff)\n{\n}\n\nSYSCALL_DEFINE1(old_mmap, struct mmap_arg_struct __user *, arg)\n{\n}\n",
  "mm/nommu.c": "SYSCALL_DEFINE1(old_mmap, struct mmap_arg_struct __user *, nommu_arg)\n{\n}\n",
  "kernel/time/posix-stubs.c": "SYSCALL_DEFINE2(timer_gettime, timer_t, stub_id, struct __kernel_itimerspec __user *, setting)\n{\n}\n",
  "kernel/time/posix-timers.c": "SYSCALL_DEFINE2(timer_gettime, timer_t, timer_id, struct __kernel_itimerspec __user *, setting)\n{\n}\n",
  "mm/fadvise.c": "SYSCALL_DEFINE4(fadvise64_64, int, fd, loff_t, offset, loff_t, len, int, advice)\n{\n}\n",
  "include/linux/syscalls.h": [
    "#ifndef _LINUX_SYSCALLS_H",
    "#define _LINUX_SYSCALLS_H",
    "#ifndef CONFIG_ARCH_HAS_SYSCALL_WRAPPER",
    "asmlinkage long sys_getrandom(char __user *buf, size_t count,",
    "\t\t\t      unsigned int flags);",
    "asmlinkage long sys_add_key(const char __user *_type, const char __user *_description,",
    "\t\t\t    const void __user *_payload, size_t plen, key_serial_t destringid);",
    "asmlinkage long sys_mytest(long a);",
    "asmlinkage long sys_clone(unsigned long, unsigned long, int __user *, int __user *, unsigned long);",
    "#endif",
    "#endif",
    "",
  ].join("\n"),
  // arm: its own definition of sys_mytest (never used for x86), an assembly stub, pt_regs sigreturn.
  "arch/arm/Kconfig": "config ARM\n\tbool\n\tdefault y\n\tselect CLONE_BACKWARDS\n",
  "arch/arm/include/asm/unistd.h": WANT_CLONE,
  "arch/arm/include/uapi/asm/posix_types.h":
    "typedef unsigned short __kernel_mode_t;\n#define __kernel_mode_t __kernel_mode_t\ntypedef unsigned short __kernel_uid_t;\ntypedef unsigned short __kernel_gid_t;\n#define __kernel_uid_t __kernel_uid_t\n#include <asm-generic/posix_types.h>\n",
  "arch/arm/kernel/mytest.c": "SYSCALL_DEFINE2(mytest, int, a, int, b)\n{\n}\n",
  "arch/arm/kernel/signal.c": "asmlinkage int sys_sigreturn(struct pt_regs *regs)\n{\n\treturn 0;\n}\n",
  "arch/arm/kernel/entry-common.S":
    "sys_sigreturn_wrapper:\n\t\tadd\tr0, sp, #S_OFF\n\t\tb\tsys_sigreturn\nENDPROC(sys_sigreturn_wrapper)\n\nsys_mmap2:\n\t\tstr\tr5, [sp, #4]\n\t\tb\tsys_mmap_pgoff\nENDPROC(sys_mmap2)\n",
  "arch/arm/kernel/traps.c": [
    "static inline int do_cache_op(unsigned long start, unsigned long end, int flags)",
    "{",
    "\treturn 0;",
    "}",
    "",
    "#define NR(x) ((__ARM_NR_##x) - __ARM_NR_BASE)",
    "asmlinkage int arm_syscall(int no, struct pt_regs *regs)",
    "{",
    "\tswitch (no & 0xffff) {",
    "\tcase NR(breakpoint):",
    "\t\tptrace_break(regs);",
    "\t\treturn regs->ARM_r0;",
    "\tcase NR(cacheflush):",
    "\t\treturn do_cache_op(regs->ARM_r0, regs->ARM_r1, regs->ARM_r2);",
    "\tcase NR(set_tls):",
    "\t\tset_tls(regs->ARM_r0);",
    "\t\treturn 0;",
    "\tcase NR(odd):",
    "\t\treturn regs->ARM_r1 + regs->ARM_r0;",
    "\tdefault:",
    "\t\treturn -ENOSYS;",
    "\t}",
    "}",
    "",
  ].join("\n"),
  "arch/arm/include/asm/tls.h":
    "#ifdef __ASSEMBLY__\n\t.macro switch_tls base, tp\n\tldr\t\\tp, [\\base, #0]\n\t.endm\n#else\n\nstatic inline void set_tls(unsigned long val)\n{\n}\n#endif\n",
  // s390: BACKWARDS2, and its 31-bit ABI only runs on 64-bit kernels (compat entries).
  "arch/s390/Kconfig": "config S390\n\tdef_bool y\n\tselect CLONE_BACKWARDS2\n",
  "arch/s390/include/asm/unistd.h": WANT_CLONE,
  // microblaze: BACKWARDS3.
  "arch/microblaze/Kconfig": "config MICROBLAZE\n\tdef_bool y\n\tselect CLONE_BACKWARDS3\n",
  "arch/microblaze/include/asm/unistd.h": WANT_CLONE,
  // hexagon: the syscall table file renames an entry to the arch's own function.
  "arch/hexagon/Kconfig": "config HEXAGON\n\tdef_bool y\n",
  "arch/hexagon/kernel/syscalltab.c":
    "SYSCALL_DEFINE6(hexagon_fadvise64_64, int, fd, int, advice,\n\t\tSC_ARG64(offset), SC_ARG64(len))\n{\n}\n#define sys_fadvise64_64 sys_hexagon_fadvise64_64\n",
  // sparc: clone is assembly calling a pt_regs function; the generic one is not built.
  "arch/sparc/Kconfig": "config SPARC\n\tdef_bool y\n",
  "arch/sparc/kernel/entry.S": "\t.globl\tsys_clone\nsys_clone:\n\tmov\t%o7, %l5\n\tcall\tsparc_clone\n\t mov\t%l5, %o7\n",
  "arch/sparc/kernel/process.c": "asmlinkage long sparc_clone(struct pt_regs *regs)\n{\n\treturn 0;\n}\n",
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const resolver = createPrototypeResolver(root);
function resolve(abi: AbiId, name: string, entry: string | null, compatEntry: string | null = null) {
  const info = abiInfo(abi);
  return resolver.resolve({ abi, arch: info.arch, wordBits: info.wordBits, name, entry, compatEntry });
}
function ok(abi: AbiId, name: string, entry: string | null, compatEntry: string | null = null) {
  const r = resolve(abi, name, entry, compatEntry);
  if (!r.ok) throw new Error(`${abi} ${name}: ${r.reason}`);
  return r;
}
const shape = (r: ReturnType<typeof ok>) => r.params.map((p) => `${p.type} ${p.name}:${p.size}`);

describe("prototype resolver on a fixture tree", () => {
  it("reads a SYSCALL_DEFINE with file, line and per-ABI sizes", () => {
    const r = ok("x86_64", "openat", "__x64_sys_openat");
    expect(shape(r)).toEqual(["int dfd:4", "const char __user * filename:8", "int flags:4", "umode_t mode:2"]);
    expect(r.returnType).toBe("long");
    expect(r.source).toEqual({ file: "fs/open.c", line: 1 });
    expect(shape(ok("i386", "openat", "sys_openat", "compat_sys_openat"))[1]).toBe("const char __user * filename:4");
  });

  it("picks the clone variant the arch's Kconfig selects", () => {
    const names = (abi: AbiId) => ok(abi, "clone", "sys_clone").params.map((p) => p.name);
    expect(names("x86_64")).toEqual(["clone_flags", "newsp", "parent_tidptr", "child_tidptr", "tls"]);
    expect(names("i386")).toEqual(["clone_flags", "newsp", "parent_tidptr", "tls", "child_tidptr"]);
    expect(names("s390x")).toEqual(["newsp", "clone_flags", "parent_tidptr", "child_tidptr", "tls"]);
    expect(names("microblaze")).toEqual(["clone_flags", "newsp", "stack_size", "parent_tidptr", "child_tidptr", "tls"]);
    expect(ok("i386", "clone", "sys_clone").notes?.join(" ")).toMatch(/CONFIG_CLONE_BACKWARDS: tls before child_tidptr/);
    expect(ok("x86_64", "clone", "sys_clone").notes?.join(" ")).toMatch(/no CONFIG_CLONE_BACKWARDS/);
  });

  it("resolves arch wrappers to their own definitions", () => {
    const r = ok("i386", "pread64", "sys_ia32_pread64");
    expect(r.params.map((p) => p.name)).toEqual(["fd", "ubuf", "count", "poslo", "poshi"]);
    expect(r.source.file).toBe("arch/x86/kernel/sys_ia32.c");
  });

  it("prefers mm/mmap.c over the nommu fallback", () => {
    const r = ok("i386", "mmap", "sys_old_mmap", "compat_sys_ia32_mmap");
    expect(shape(r)).toEqual(["struct mmap_arg_struct __user * arg:4"]);
    expect(r.source.file).toBe("mm/mmap.c");
  });

  it("prefers the real implementation over the !CONFIG stub file", () => {
    const r = ok("x86_64", "timer_gettime", "sys_timer_gettime");
    expect(r.source.file).toBe("kernel/time/posix-timers.c");
    expect(shape(r)[0]).toBe("timer_t timer_id:4");
  });

  it("sizes through the arch's posix_types overrides", () => {
    expect(shape(ok("i386", "chown", "sys_chown16"))).toEqual(["const char __user * filename:4", "old_uid_t user:2", "old_gid_t group:2"]);
    expect(shape(ok("x86_64", "chown", "sys_chown16")).slice(1)).toEqual(["old_uid_t user:2", "old_gid_t group:2"]);
    expect(ok("arm", "chown", "sys_chown16").params[1]?.size).toBe(2);
    // riscv has no override: old_uid_t is the generic unsigned int.
    expect(ok("riscv64", "chown", "sys_chown16").params[1]?.size).toBe(4);
    const mmap = ok("i386", "mmap2", "sys_mmap_pgoff");
    expect(mmap.params.every((p) => p.size === 4)).toBe(true);
  });

  it("falls back to a declaration and says so, sizing size_t per ABI", () => {
    const r = ok("x86_64", "getrandom", "sys_getrandom");
    expect(shape(r)).toEqual(["char __user * buf:8", "size_t count:8", "unsigned int flags:4"]);
    expect(r.source).toEqual({ file: "include/linux/syscalls.h", line: 4 });
    expect(r.notes?.join(" ")).toMatch(/declaration in include\/linux\/syscalls.h/);
    expect(ok("i386", "getrandom", "sys_getrandom").params[1]?.size).toBe(4);
    expect(ok("arm", "getrandom", "sys_getrandom").params[1]?.size).toBe(4);
    expect(ok("x86_64", "add_key", "sys_add_key").params[4]).toEqual({ name: "destringid", type: "key_serial_t", size: 4 });
  });

  it("never uses another arch's definition", () => {
    expect(shape(ok("x86_64", "mytest", "sys_mytest"))).toEqual(["long a:8"]);
    expect(shape(ok("arm", "mytest", "sys_mytest"))).toEqual(["int a:4", "int b:4"]);
  });

  it("follows assembly stubs to the C function they call", () => {
    const mmap2 = ok("arm", "mmap2", "sys_mmap2");
    expect(mmap2.params.map((p) => p.name)).toEqual(["addr", "len", "prot", "flags", "fd", "pgoff"]);
    expect(mmap2.notes?.join(" ")).toMatch(/sys_mmap2 is assembly .* calls sys_mmap_pgoff/);
    const sig = ok("arm", "sigreturn", "sys_sigreturn_wrapper");
    expect(sig.params).toEqual([]);
    expect(sig.returnType).toBe("int");
  });

  it("reads ARM private calls from the cases of arm_syscall", () => {
    const flush = ok("arm", "cacheflush", "arm_syscall");
    expect(shape(flush)).toEqual(["unsigned long start:4", "unsigned long end:4", "int flags:4"]);
    expect(flush.notes?.join(" ")).toMatch(/case of arm_syscall .* do_cache_op\(\)/);
    expect(shape(ok("arm", "set_tls", "arm_syscall"))).toEqual(["unsigned long val:4"]);
    expect(ok("arm", "breakpoint", "arm_syscall").params).toEqual([]);
    const odd = resolve("arm", "odd", "arm_syscall");
    expect(odd.ok).toBe(false);
    if (!odd.ok) expect(odd.reason).toMatch(/cannot be read as a prototype/);
  });

  it("reports a reason when only a pt_regs function is behind the entry", () => {
    const r = resolve("sparc", "clone", "sys_clone");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/sparc_clone takes struct pt_regs \*/);
  });

  it("honours an arch #define of a table symbol and splits 64-bit halves in byte order", () => {
    const r = ok("hexagon", "fadvise64_64", "sys_fadvise64_64");
    expect(r.params.map((p) => p.name)).toEqual(["fd", "advice", "offset_lo", "offset_hi", "len_lo", "len_hi"]);
    expect(r.notes?.join(" ")).toMatch(/defines sys_fadvise64_64 as sys_hexagon_fadvise64_64/);
  });

  it("uses the compat entry on s390 (31-bit) and never on a 64-bit ABI", () => {
    expect(ok("s390", "openat", "sys_openat", "compat_sys_openat").source.line).toBe(7);
    expect(ok("s390x", "openat", "sys_openat", "compat_sys_openat").source.line).toBe(1);
    const r = resolve("s390x", "readdir", null, "compat_sys_old_readdir");
    expect(r.ok).toBe(false);
  });

  it("returns null size for a struct passed by value, with a note", () => {
    const r = ok("x86_64", "byval", "sys_byval");
    expect(r.params[0]?.size).toBeNull();
    expect(r.notes?.join(" ")).toMatch(/size of f unknown: struct passed by value/);
  });

  it("fails cleanly for sys_ni_syscall and unknown symbols", () => {
    const ni = resolve("x86_64", "bdflush", "sys_ni_syscall");
    expect(ni.ok).toBe(false);
    if (!ni.ok) expect(ni.reason).toMatch(/not implemented/);
    const none = resolve("x86_64", "nothing", "sys_nothing_here");
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason).toMatch(/no definition or declaration of sys_nothing_here/);
  });

  it("rejects a query whose arch does not match the ABI", () => {
    const r = resolver.resolve({ abi: "x86_64", arch: "arm", wordBits: 64, name: "openat", entry: "sys_openat", compatEntry: null });
    expect(r.ok).toBe(false);
  });
});
