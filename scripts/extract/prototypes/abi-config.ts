/**
 * What we know, per ABI, about the kernel configuration that serves it and about the
 * compiler's predefined macros. Two views:
 *  - `kernel`: the configuration whose source defines the entry points. A 32-bit ABI
 *    that still has native 32-bit kernels (i386, arm, powerpc, mips o32, sparc, parisc,
 *    ...) is modelled as that native kernel; x32, MIPS n32 and s390 (31-bit) only run
 *    on 64-bit kernels, so they are modelled as a 64-bit kernel with compat support.
 *  - `types`: the headers as seen when sizing types for this ABI (ILP32 or LP64).
 * Symbols are CONFIG_ names without the prefix; anything not listed is unknown.
 */
import type { AbiId } from "@/lib/schema/kernel-api";
import { abiInfo } from "@/lib/abi-info";

export interface AbiConfig {
  abi: AbiId;
  arch: string;
  wordBits: 32 | 64;
  /** Bits of the kernel that serves this ABI (x32 and n32 run on 64-bit kernels). */
  kernelBits: 32 | 64;
  endian: "little" | "big";
  /** Kernel config symbols known to be set / unset (no CONFIG_ prefix). */
  kernelOn: readonly string[];
  kernelOff: readonly string[];
  /** Compiler-predefined macros for this ABI (name -> value). */
  compilerMacros: Readonly<Record<string, string>>;
  /** Arch config symbols for the types view (set / unset). */
  typesOn: readonly string[];
  typesOff: readonly string[];
  /** Prefer the compat entry column: no native kernel exists for this ABI any more. */
  preferCompat: boolean;
  /**
   * User space's basic types are not the serving kernel's: the uapi headers' typedefs (as
   * user space compiles them, without __KERNEL__) override the kernel's. x32: its uapi
   * asm/posix_types.h picks posix_types_x32.h under __ILP32__ (__kernel_long_t is long long).
   */
  userTypes: boolean;
}

/** Kconfig symbol of each arch directory (always set for its ABIs). */
const ARCH_SYMBOL: Record<string, string> = {
  x86: "X86", arm: "ARM", arm64: "ARM64", riscv: "RISCV", loongarch: "LOONGARCH", powerpc: "PPC",
  s390: "S390", mips: "MIPS", sparc: "SPARC", alpha: "ALPHA", parisc: "PARISC", m68k: "M68K",
  sh: "SUPERH", xtensa: "XTENSA", microblaze: "MICROBLAZE", csky: "CSKY", openrisc: "OPENRISC",
  arc: "ARC", hexagon: "HEXAGON", nios2: "NIOS2",
};

interface Extra {
  kernelBits?: 32 | 64;
  on?: string[];
  off?: string[];
  typesOn?: string[];
  typesOff?: string[];
  macros: Record<string, string>;
  preferCompat?: boolean;
  userTypes?: boolean;
}

const MIPS_SIM = { _MIPS_SIM_ABI32: "1", _MIPS_SIM_NABI32: "2", _MIPS_SIM_ABI64: "3", __mips__: "1", __mips: "1" };

const EXTRA: Record<AbiId, Extra> = {
  x86_64: { on: ["X86_64"], off: ["X86_32"], macros: { __x86_64__: "1", __LP64__: "1" } },
  x32: { kernelBits: 64, on: ["X86_64", "X86_X32_ABI", "COMPAT"], off: ["X86_32"], macros: { __x86_64__: "1", __ILP32__: "1" }, userTypes: true },
  i386: { on: ["X86_32"], off: ["X86_64", "IA32_EMULATION", "X86_X32_ABI", "COMPAT"], macros: { __i386__: "1" } },
  arm64: { macros: { __aarch64__: "1", __LP64__: "1" } },
  arm: { on: ["AEABI"], off: ["COMPAT", "CPU_BIG_ENDIAN"], macros: { __arm__: "1", __ARM_EABI__: "1" } },
  riscv64: { macros: { __riscv: "1", __riscv_xlen: "64", __LP64__: "1" } },
  riscv32: { off: ["COMPAT"], macros: { __riscv: "1", __riscv_xlen: "32" } },
  loongarch64: { macros: { __loongarch__: "1", __loongarch64: "1", __LP64__: "1" } },
  // A native 32-bit kernel (CONFIG_32BIT, 7.2+); loongarch has no COMPAT. GCC's grlen macro
  // stands in for the compiler (the kernel's headers test only __loongarch64, unset here).
  loongarch32: { off: ["COMPAT"], macros: { __loongarch__: "1", __loongarch_grlen: "32" } },
  powerpc64: { on: ["PPC64"], off: ["PPC32"], macros: { __powerpc__: "1", __powerpc64__: "1", __PPC64__: "1", __LP64__: "1" } },
  powerpc: { on: ["PPC32"], off: ["PPC64", "COMPAT"], macros: { __powerpc__: "1", __PPC__: "1" } },
  s390x: { macros: { __s390__: "1", __s390x__: "1", __LP64__: "1" } },
  s390: { kernelBits: 64, on: ["COMPAT"], macros: { __s390__: "1" }, preferCompat: true },
  "mips-o32": { off: ["COMPAT", "MIPS32_O32", "MIPS32_N32"], macros: { ...MIPS_SIM, _MIPS_SIM: "1", _MIPS_SZLONG: "32" } },
  "mips-n32": { kernelBits: 64, on: ["COMPAT", "MIPS32_N32"], macros: { ...MIPS_SIM, _MIPS_SIM: "2", _MIPS_SZLONG: "32", __mips64: "1" } },
  "mips-n64": { macros: { ...MIPS_SIM, _MIPS_SIM: "3", _MIPS_SZLONG: "64", __mips64: "1", __LP64__: "1" } },
  sparc64: { on: ["SPARC64"], off: ["SPARC32"], macros: { __sparc__: "1", __arch64__: "1", __sparc_v9__: "1", __LP64__: "1" } },
  sparc: { on: ["SPARC32"], off: ["SPARC64", "COMPAT"], macros: { __sparc__: "1" } },
  alpha: { macros: { __alpha__: "1", __LP64__: "1" } },
  parisc64: { macros: { __hppa__: "1", __LP64__: "1" } },
  parisc: { off: ["COMPAT"], macros: { __hppa__: "1" } },
  m68k: { off: ["COMPAT"], macros: { __m68k__: "1", __mc68000__: "1" } },
  sh: { off: ["COMPAT"], macros: { __sh__: "1", __SH4__: "1" } },
  xtensa: { off: ["COMPAT"], macros: { __xtensa__: "1" } },
  microblaze: { off: ["COMPAT"], macros: { __microblaze__: "1" } },
  csky: { off: ["COMPAT"], macros: { __csky__: "1" } },
  openrisc: { off: ["COMPAT"], macros: { __or1k__: "1" } },
  arc: { off: ["COMPAT"], macros: { __arc__: "1" } },
  hexagon: { off: ["COMPAT"], macros: { __hexagon__: "1" } },
  nios2: { off: ["COMPAT"], macros: { __nios2__: "1" } },
};

export function abiConfig(abi: AbiId): AbiConfig {
  const info = abiInfo(abi);
  const extra = EXTRA[abi];
  const kernelBits = extra.kernelBits ?? info.wordBits;
  const archSym = ARCH_SYMBOL[info.arch];
  const bitsOn = kernelBits === 64 ? ["64BIT"] : ["32BIT"];
  const bitsOff = kernelBits === 64 ? ["32BIT"] : ["64BIT"];
  const endianOn = info.endian === "big" ? ["CPU_BIG_ENDIAN"] : ["CPU_LITTLE_ENDIAN"];
  const endianOff = info.endian === "big" ? ["CPU_LITTLE_ENDIAN"] : ["CPU_BIG_ENDIAN"];
  const typeBitsOn = info.wordBits === 64 ? ["64BIT"] : ["32BIT"];
  const typeBitsOff = info.wordBits === 64 ? ["32BIT"] : ["64BIT"];
  return {
    abi,
    arch: info.arch,
    wordBits: info.wordBits,
    kernelBits,
    endian: info.endian,
    kernelOn: [...(archSym ? [archSym] : []), ...bitsOn, ...endianOn, "MMU", ...(extra.on ?? [])],
    // ARCH_HAS_SYSCALL_WRAPPER only changes how syscalls.h declares prototypes, not what
    // they are; treating it as off keeps those declarations usable as a fallback.
    kernelOff: [...bitsOff, ...endianOff, "ARCH_HAS_SYSCALL_WRAPPER", ...(extra.off ?? [])],
    compilerMacros: extra.macros,
    typesOn: [...(archSym ? [archSym] : []), ...typeBitsOn, ...endianOn, "MMU", "COMPAT", "HAVE_UID16", ...(extra.on ?? []).filter((s) => s !== "COMPAT"), ...(extra.typesOn ?? [])],
    typesOff: [...typeBitsOff, ...endianOff, ...(extra.off ?? []).filter((s) => s !== "COMPAT"), ...(extra.typesOff ?? [])],
    preferCompat: extra.preferCompat ?? false,
    userTypes: extra.userTypes ?? false,
  };
}
