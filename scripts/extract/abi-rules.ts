/**
 * How each ABI's syscall list is selected. The numbers, the `--abis` lists and the offsets
 * are NOT written here: they are read from the tree's own kbuild files (see
 * `abi-source.ts`). This table only says which generated uapi header is the ABI's view,
 * which preprocessor symbols pick the ABI in the arch's `asm/unistd.h`, and where the
 * compat entry (the one a 64-bit kernel runs for a 32-bit ABI) comes from.
 *
 * Selection per ABI (what kbuild does to generate the header named below):
 *   x86_64      arch/x86/entry/syscalls/syscall_64.tbl, --abis common,64          -> unistd_64.h
 *   x32         syscall_64.tbl, --abis common,x32, --offset __X32_SYSCALL_BIT (0x40000000)
 *   i386        syscall_32.tbl, --abis i386; compat = 5th column (IA32 emulation on x86_64)
 *   arm         arch/arm/tools/syscall.tbl, --abis common,eabi (5.10: unistd-common.h "common"
 *               + unistd-eabi.h "eabi"), --offset __NR_SYSCALL_BASE (0 with __ARM_EABI__); the
 *               5th column is the OABI entry and is ignored. Compat = arm64's AArch32 table
 *               (arch/arm64/tools/syscall_32.tbl from 6.12, arch/arm64/include/asm/unistd32.h
 *               before). Plus the private __ARM_NR_* calls (0x0f0000 + n) of
 *               arch/arm/include/uapi/asm/unistd.h, served by arm_syscall().
 *   mips-o32/n32/n64  arch/mips/kernel/syscalls/syscall_{o32,n32,n64}.tbl, every line,
 *               --offset __NR_Linux (4000 / 6000 / 5000 for _MIPS_SIM_ABI32 / NABI32 / ABI64);
 *               o32 compat = 5th column (o32 on a 64-bit kernel).
 *   powerpc / powerpc64  arch/powerpc/kernel/syscalls/syscall.tbl, --abis common,nospu,32 / 64;
 *               powerpc compat = 5th column.
 *   s390x / s390  arch/s390/kernel/syscalls/syscall.tbl, common,64 / common,32. The 31-bit ABI
 *               only runs as compat on a 64-bit kernel: entry = 4th column, or the 5th when the
 *               4th is "-"; compat = 5th ("-" = sys_ni_syscall). Gone by 7.2 (its Makefile generates no unistd_32.h).
 *   sparc / sparc64, parisc / parisc64  arch/<arch>/kernel/syscalls/syscall.tbl, common,32 /
 *               common,64; 32-bit compat = 5th column.
 *   alpha, m68k, sh, xtensa, microblaze  arch/<arch>/kernel/syscalls/syscall.tbl, every line.
 *   arm64, riscv64, riscv32, loongarch64, loongarch32, csky, openrisc, arc, hexagon, nios2:
 *     6.11+: scripts/syscall.tbl (arm64: arch/arm64/tools/syscall_64.tbl) with --abis
 *            $(syscall_abis_32|64) = "common,32|64" from scripts/Makefile.asm-headers plus the
 *            arch's arch/<arch>/kernel/Makefile.syscalls (e.g. arc: time32 renameat stat64 rlimit).
 *     before: include/uapi/asm-generic/unistd.h evaluated under the arch's
 *            arch/<arch>/include/uapi/asm/unistd.h (__ARCH_WANT_* defines, __BITS_PER_LONG 32/64
 *            choosing __SC_3264 names such as fcntl64 vs fcntl, arch-specific numbers).
 *     riscv32 compat = 5th column (6.11+) or the __SYSCALL_COMPAT evaluation (riscv64 kernels
 *     with CONFIG_COMPAT, when arch/riscv/kernel/compat_syscall_table.c exists). The other
 *     32-bit generic ABIs have no 64-bit kernel, so no compat entry.
 *     loongarch32 exists only where the arch's uapi Kbuild lists unistd_32.h (7.2 and 7.3 do,
 *     6.12 does not); it is never read from the pre-6.11 asm-generic unistd.h, which serves
 *     every word size alike (6.1's arch/loongarch/Kconfig cannot select 32BIT: no prompt).
 */
import type { AbiId } from "@/lib/schema/kernel-api";

export type CompatSource = "none" | "column" | "arm64" | "generic";

export interface AbiRule {
  abi: AbiId;
  /** Kernel source arch directory. */
  arch: string;
  wordBits: 32 | 64;
  /** Generated uapi header(s) holding this ABI's numbers; all listed ones are merged. */
  headers: readonly string[];
  /** Arch Makefile generating the headers from a table; null for the generic ABIs. */
  makefile: string | null;
  /** Preprocessor defines selecting this ABI in arch/<arch>/include/uapi/asm/unistd.h. */
  cpp: Record<string, string>;
  /** Includes the arch unistd.h needs to evaluate its constants. */
  includes?: Record<string, string>;
  compat: CompatSource;
  /** Only ever runs as compat on a 64-bit kernel (s390 31-bit). */
  compatOnly?: boolean;
  /** Has ARM's private __ARM_NR_* calls. */
  armPrivate?: boolean;
  /**
   * A generic ABI that exists only where kbuild generates its header (6.11+ layout): the
   * older asm-generic unistd.h cannot say whether the arch builds this word size.
   */
  generatedOnly?: boolean;
}

const sys = (arch: string): string => `arch/${arch}/kernel/syscalls/Makefile`;
const MIPS_INC = { "asm/sgidefs.h": "arch/mips/include/uapi/asm/sgidefs.h" };

function table(abi: AbiId, arch: string, wordBits: 32 | 64, header: string, compat: CompatSource = "none"): AbiRule {
  return { abi, arch, wordBits, headers: [header], makefile: sys(arch), cpp: {}, compat };
}
function generic(abi: AbiId, arch: string, wordBits: 32 | 64, compat: CompatSource = "none"): AbiRule {
  return { abi, arch, wordBits, headers: [`unistd_${wordBits}.h`], makefile: null, cpp: {}, compat };
}

export const ABI_RULES: readonly AbiRule[] = [
  { abi: "x86_64", arch: "x86", wordBits: 64, headers: ["unistd_64.h"], makefile: "arch/x86/entry/syscalls/Makefile", cpp: {}, compat: "none" },
  { abi: "x32", arch: "x86", wordBits: 32, headers: ["unistd_x32.h"], makefile: "arch/x86/entry/syscalls/Makefile", cpp: {}, compat: "none" },
  { abi: "i386", arch: "x86", wordBits: 32, headers: ["unistd_32.h"], makefile: "arch/x86/entry/syscalls/Makefile", cpp: {}, compat: "column" },
  generic("arm64", "arm64", 64),
  { abi: "arm", arch: "arm", wordBits: 32, headers: ["unistd-common.h", "unistd-eabi.h"], makefile: "arch/arm/tools/Makefile", cpp: { __ARM_EABI__: "1" }, compat: "arm64", armPrivate: true },
  generic("riscv64", "riscv", 64),
  generic("riscv32", "riscv", 32, "generic"),
  generic("loongarch64", "loongarch", 64),
  { ...generic("loongarch32", "loongarch", 32), generatedOnly: true },
  table("powerpc64", "powerpc", 64, "unistd_64.h"),
  table("powerpc", "powerpc", 32, "unistd_32.h", "column"),
  table("s390x", "s390", 64, "unistd_64.h"),
  { ...table("s390", "s390", 32, "unistd_32.h", "column"), compatOnly: true },
  { ...table("mips-o32", "mips", 32, "unistd_o32.h", "column"), cpp: { _MIPS_SIM: "_MIPS_SIM_ABI32" }, includes: MIPS_INC },
  { ...table("mips-n32", "mips", 32, "unistd_n32.h"), cpp: { _MIPS_SIM: "_MIPS_SIM_NABI32" }, includes: MIPS_INC },
  { ...table("mips-n64", "mips", 64, "unistd_n64.h"), cpp: { _MIPS_SIM: "_MIPS_SIM_ABI64" }, includes: MIPS_INC },
  table("sparc64", "sparc", 64, "unistd_64.h"),
  table("sparc", "sparc", 32, "unistd_32.h", "column"),
  table("alpha", "alpha", 64, "unistd_32.h"),
  table("parisc64", "parisc", 64, "unistd_64.h"),
  table("parisc", "parisc", 32, "unistd_32.h", "column"),
  table("m68k", "m68k", 32, "unistd_32.h"),
  table("sh", "sh", 32, "unistd_32.h"),
  table("xtensa", "xtensa", 32, "unistd_32.h"),
  table("microblaze", "microblaze", 32, "unistd_32.h"),
  generic("csky", "csky", 32),
  generic("openrisc", "openrisc", 32),
  generic("arc", "arc", 32),
  generic("hexagon", "hexagon", 32),
  generic("nios2", "nios2", 32),
];

export function abiRule(abi: AbiId): AbiRule {
  const rule = ABI_RULES.find((r) => r.abi === abi);
  if (!rule) throw new Error(`no selection rule for ABI ${abi}`);
  return rule;
}
