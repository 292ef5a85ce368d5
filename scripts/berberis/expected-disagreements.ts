/**
 * Every known parameter-count disagreement between our 6.1 data and the Berberis import,
 * with the reason (checked in the 6.1 tree and the Berberis files). The agreement test
 * fails on a disagreement missing here and on an entry here that no longer happens.
 */
import type { ExpectedDisagreement } from "./compare-params";

const IA32_WRAPPER =
  "the i386 entry is the sys_ia32_* wrapper (arch/x86/kernel/sys_ia32.c), which takes each 64-bit argument as two 32-bit halves; Berberis has no DWARF for it, so the importer used the generic __do_sys_* prototype with one 64-bit argument";
const OLD_32BIT_DWARF =
  "Berberis's arm and x86 DWARF comes from an older kernel than its 6.1 tables: membarrier gained its third argument, cpu_id, in 5.10 (6.1: SYSCALL_DEFINE3 in kernel/sched/membarrier.c), and that DWARF also lacks faccessat2 (5.8) and close_range (5.9)";
const SPLIT_ARG64 =
  "i386 selects CONFIG_ARCH_SPLIT_ARG64 (arch/x86/Kconfig), so 6.1's sys_fanotify_mark is SYSCALL32_DEFINE6 with the 64-bit mask as two 32-bit halves (fs/notify/fanotify/fanotify_user.c); Berberis's older x86 DWARF has the SYSCALL_DEFINE5 prototype with one u64 mask (5.10 already splits it)";
const PT_REGS_DWARF =
  "SYSCALL_DEFINE0 on x86_64 (arch/x86/include/asm/syscall_wrapper.h) declares __do_sys_rt_sigreturn(const struct pt_regs *): DWARF shows the wrapper's register block, not a user argument; kernel_syscalls.json has no params [] mark for it";
const PT_REGS_CUSTOM =
  "custom_syscalls.json gives rt_sigreturn the arch wrapper's struct pt_regs const* (\"doesn't have this prototype\"); the kernel's SYSCALL_DEFINE0(rt_sigreturn) takes no user argument";

export const EXPECTED_DISAGREEMENTS: readonly ExpectedDisagreement[] = [
  { abi: "i386", name: "pread64", ours: 5, berberis: 4, reason: IA32_WRAPPER },
  { abi: "i386", name: "pwrite64", ours: 5, berberis: 4, reason: IA32_WRAPPER },
  { abi: "i386", name: "truncate64", ours: 3, berberis: 2, reason: IA32_WRAPPER },
  { abi: "i386", name: "ftruncate64", ours: 3, berberis: 2, reason: IA32_WRAPPER },
  { abi: "i386", name: "readahead", ours: 4, berberis: 3, reason: IA32_WRAPPER },
  { abi: "i386", name: "fadvise64", ours: 5, berberis: 4, reason: IA32_WRAPPER },
  { abi: "i386", name: "fadvise64_64", ours: 6, berberis: 4, reason: IA32_WRAPPER },
  { abi: "i386", name: "sync_file_range", ours: 6, berberis: 4, reason: IA32_WRAPPER },
  { abi: "i386", name: "fallocate", ours: 6, berberis: 4, reason: IA32_WRAPPER },
  { abi: "i386", name: "fanotify_mark", ours: 6, berberis: 5, reason: SPLIT_ARG64 },
  { abi: "i386", name: "membarrier", ours: 3, berberis: 2, reason: OLD_32BIT_DWARF },
  { abi: "arm", name: "membarrier", ours: 3, berberis: 2, reason: OLD_32BIT_DWARF },
  { abi: "x86_64", name: "rt_sigreturn", ours: 0, berberis: 1, reason: PT_REGS_DWARF },
  { abi: "arm64", name: "rt_sigreturn", ours: 0, berberis: 1, reason: PT_REGS_CUSTOM },
  { abi: "riscv64", name: "rt_sigreturn", ours: 0, berberis: 1, reason: PT_REGS_CUSTOM },
];

const ARM_PRIVATE = "an ARM private call (__ARM_NR_BASE + n, handled by arm_syscall()); custom_syscalls.json lists only cacheflush and set_tls";

/** Syscalls only one side has. */
export const EXPECTED_ONLY_ONE_SIDE: readonly { abi: string; name: string; side: "ours" | "berberis"; reason: string }[] = [
  { abi: "arm", name: "breakpoint", side: "ours", reason: ARM_PRIVATE },
  { abi: "arm", name: "usr26", side: "ours", reason: ARM_PRIVATE },
  { abi: "arm", name: "usr32", side: "ours", reason: ARM_PRIVATE },
  { abi: "arm", name: "get_tls", side: "ours", reason: ARM_PRIVATE },
  {
    abi: "riscv64",
    name: "renameat",
    side: "berberis",
    reason:
      "Berberis's table gives riscv64 renameat (38), but 6.1's arch/riscv/include/uapi/asm/unistd.h does not define __ARCH_WANT_RENAMEAT, so asm-generic/unistd.h has no renameat for riscv (arm64 defines it)",
  },
  { abi: "riscv64", name: "riscv_hwprobe", side: "berberis", reason: "only in custom_syscalls.json: riscv_hwprobe (258) is not in 6.1 (it arrived in 6.4; our 6.12 tree has it)" },
];

/** Syscalls both have under the same name but with different numbers (none known). */
export const EXPECTED_NR_MISMATCHES: readonly { abi: string; name: string; ours: number; berberis: number; reason: string }[] = [];
