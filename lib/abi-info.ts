/**
 * Facts about each ABI that are not in the per-ABI data files: how user space enters the
 * kernel. Sources: the kernels' entry code and the syscall(2) man page's calling
 * convention tables. Curated data; the site and the diff engine derive registers from it.
 */
import type { AbiId } from "./schema/kernel-api";

export interface AbiInfo {
  id: AbiId;
  /** Human label, e.g. "x86-64", "MIPS o32". */
  label: string;
  /** Kernel source arch directory (SRCARCH). */
  arch: string;
  wordBits: 32 | 64;
  endian: "little" | "big";
  /** Instruction that enters the kernel. */
  trap: string;
  /** Register that carries the syscall number. */
  nrRegister: string;
  /** Registers that carry arguments, in order. Arguments past these go on the stack. */
  argRegisters: readonly string[];
  returnRegister: string;
  /** How an error comes back. */
  errors: string;
  /** A 64-bit argument on this 32-bit ABI starts in an even-numbered register slot. */
  alignsRegisterPairs: boolean;
  /** Where a number may carry a fixed base, e.g. x32's 0x40000000. */
  nrBase?: number;
  /**
   * Register width when it differs from `wordBits`: x32 and MIPS n32 are ILP32 with 64-bit
   * registers, so a 64-bit argument travels in one register there, not split.
   */
  registerBits?: 64;
}

const NEG_ERRNO = "-errno (-4095..-1) in the return register";

const table: readonly AbiInfo[] = [
  { id: "x86_64", label: "x86-64", arch: "x86", wordBits: 64, endian: "little", trap: "syscall", nrRegister: "rax", argRegisters: ["rdi", "rsi", "rdx", "r10", "r8", "r9"], returnRegister: "rax", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "x32", label: "x32", arch: "x86", wordBits: 32, endian: "little", trap: "syscall", nrRegister: "rax", argRegisters: ["rdi", "rsi", "rdx", "r10", "r8", "r9"], returnRegister: "rax", errors: NEG_ERRNO, alignsRegisterPairs: false, nrBase: 0x40000000, registerBits: 64 },
  { id: "i386", label: "i386", arch: "x86", wordBits: 32, endian: "little", trap: "int $0x80", nrRegister: "eax", argRegisters: ["ebx", "ecx", "edx", "esi", "edi", "ebp"], returnRegister: "eax", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "arm64", label: "AArch64", arch: "arm64", wordBits: 64, endian: "little", trap: "svc #0", nrRegister: "x8", argRegisters: ["x0", "x1", "x2", "x3", "x4", "x5"], returnRegister: "x0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "arm", label: "ARM EABI", arch: "arm", wordBits: 32, endian: "little", trap: "svc #0", nrRegister: "r7", argRegisters: ["r0", "r1", "r2", "r3", "r4", "r5", "r6"], returnRegister: "r0", errors: NEG_ERRNO, alignsRegisterPairs: true },
  { id: "riscv64", label: "RISC-V 64", arch: "riscv", wordBits: 64, endian: "little", trap: "ecall", nrRegister: "a7", argRegisters: ["a0", "a1", "a2", "a3", "a4", "a5"], returnRegister: "a0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "riscv32", label: "RISC-V 32", arch: "riscv", wordBits: 32, endian: "little", trap: "ecall", nrRegister: "a7", argRegisters: ["a0", "a1", "a2", "a3", "a4", "a5"], returnRegister: "a0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "loongarch64", label: "LoongArch64", arch: "loongarch", wordBits: 64, endian: "little", trap: "syscall 0", nrRegister: "a7", argRegisters: ["a0", "a1", "a2", "a3", "a4", "a5"], returnRegister: "a0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  // LoongArch32 (CONFIG_32BIT, Linux 7.2+): same entry as LoongArch64 (arch/loongarch/kernel/
  // entry.S handle_syscall -> do_syscall in syscall.c): number in a7 (regs[11]), and do_syscall
  // passes a0-a5 only (regs[4..9]; asm/syscall.h syscall_get_arguments reads the same six).
  // Pairs are not aligned: the LoongArch procedure call standard (lapcs) passes a named
  // 2*GRLEN scalar in the next two adjacent GARs, even-numbered pairs only for variadic
  // arguments; the kernel has no wrappers that realign them, and its generic 32-bit entries
  // (e.g. fadvise64_64: int, loff_t, loff_t, int) would need a seventh register otherwise.
  // lapcs only guarantees its detailed rules for lp64*: ilp32 follows the same text, unverified.
  { id: "loongarch32", label: "LoongArch32", arch: "loongarch", wordBits: 32, endian: "little", trap: "syscall 0", nrRegister: "a7", argRegisters: ["a0", "a1", "a2", "a3", "a4", "a5"], returnRegister: "a0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "powerpc64", label: "PowerPC 64", arch: "powerpc", wordBits: 64, endian: "big", trap: "sc", nrRegister: "r0", argRegisters: ["r3", "r4", "r5", "r6", "r7", "r8"], returnRegister: "r3", errors: "positive errno in r3 with CR0.SO set (scv 0: -errno in r3)", alignsRegisterPairs: false },
  { id: "powerpc", label: "PowerPC 32", arch: "powerpc", wordBits: 32, endian: "big", trap: "sc", nrRegister: "r0", argRegisters: ["r3", "r4", "r5", "r6", "r7", "r8", "r9"], returnRegister: "r3", errors: "positive errno in r3 with CR0.SO set", alignsRegisterPairs: true },
  { id: "s390x", label: "s390x", arch: "s390", wordBits: 64, endian: "big", trap: "svc 0", nrRegister: "r1", argRegisters: ["r2", "r3", "r4", "r5", "r6", "r7"], returnRegister: "r2", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "s390", label: "s390 (31-bit)", arch: "s390", wordBits: 32, endian: "big", trap: "svc 0", nrRegister: "r1", argRegisters: ["r2", "r3", "r4", "r5", "r6", "r7"], returnRegister: "r2", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "mips-o32", label: "MIPS o32", arch: "mips", wordBits: 32, endian: "big", trap: "syscall", nrRegister: "v0", argRegisters: ["a0", "a1", "a2", "a3", "stack+16", "stack+20", "stack+24", "stack+28"], returnRegister: "v0", errors: "positive errno in v0 with a3 = 1", alignsRegisterPairs: true, nrBase: 4000 },
  { id: "mips-n32", label: "MIPS n32", arch: "mips", wordBits: 32, endian: "big", trap: "syscall", nrRegister: "v0", argRegisters: ["a0", "a1", "a2", "a3", "a4", "a5"], returnRegister: "v0", errors: "positive errno in v0 with a3 = 1", alignsRegisterPairs: false, nrBase: 6000, registerBits: 64 },
  { id: "mips-n64", label: "MIPS n64", arch: "mips", wordBits: 64, endian: "big", trap: "syscall", nrRegister: "v0", argRegisters: ["a0", "a1", "a2", "a3", "a4", "a5"], returnRegister: "v0", errors: "positive errno in v0 with a3 = 1", alignsRegisterPairs: false, nrBase: 5000 },
  { id: "sparc64", label: "SPARC 64", arch: "sparc", wordBits: 64, endian: "big", trap: "t 0x6d", nrRegister: "g1", argRegisters: ["o0", "o1", "o2", "o3", "o4", "o5"], returnRegister: "o0", errors: "positive errno in o0 with the carry bit (xcc) set", alignsRegisterPairs: false },
  { id: "sparc", label: "SPARC 32", arch: "sparc", wordBits: 32, endian: "big", trap: "t 0x10", nrRegister: "g1", argRegisters: ["o0", "o1", "o2", "o3", "o4", "o5"], returnRegister: "o0", errors: "positive errno in o0 with the carry bit (psr) set", alignsRegisterPairs: false },
  { id: "alpha", label: "Alpha", arch: "alpha", wordBits: 64, endian: "little", trap: "callsys", nrRegister: "v0", argRegisters: ["a0", "a1", "a2", "a3", "a4", "a5"], returnRegister: "v0", errors: "positive errno in v0 with a3 = 1", alignsRegisterPairs: false },
  { id: "parisc64", label: "PA-RISC 64", arch: "parisc", wordBits: 64, endian: "big", trap: "ble 0x100(%sr2, %r0)", nrRegister: "r20", argRegisters: ["r26", "r25", "r24", "r23", "r22", "r21"], returnRegister: "r28", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "parisc", label: "PA-RISC 32", arch: "parisc", wordBits: 32, endian: "big", trap: "ble 0x100(%sr2, %r0)", nrRegister: "r20", argRegisters: ["r26", "r25", "r24", "r23", "r22", "r21"], returnRegister: "r28", errors: NEG_ERRNO, alignsRegisterPairs: true },
  { id: "m68k", label: "m68k", arch: "m68k", wordBits: 32, endian: "big", trap: "trap #0", nrRegister: "d0", argRegisters: ["d1", "d2", "d3", "d4", "d5", "a0"], returnRegister: "d0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "sh", label: "SuperH", arch: "sh", wordBits: 32, endian: "little", trap: "trapa #31", nrRegister: "r3", argRegisters: ["r4", "r5", "r6", "r7", "r0", "r1", "r2"], returnRegister: "r0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "xtensa", label: "Xtensa", arch: "xtensa", wordBits: 32, endian: "little", trap: "syscall", nrRegister: "a2", argRegisters: ["a6", "a3", "a4", "a5", "a8", "a9"], returnRegister: "a2", errors: NEG_ERRNO, alignsRegisterPairs: true },
  { id: "microblaze", label: "MicroBlaze", arch: "microblaze", wordBits: 32, endian: "big", trap: "brki r14, 8", nrRegister: "r12", argRegisters: ["r5", "r6", "r7", "r8", "r9", "r10"], returnRegister: "r3", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "csky", label: "C-SKY", arch: "csky", wordBits: 32, endian: "little", trap: "trap 0", nrRegister: "r7", argRegisters: ["a0", "a1", "a2", "a3", "r4", "r5"], returnRegister: "a0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "openrisc", label: "OpenRISC", arch: "openrisc", wordBits: 32, endian: "big", trap: "l.sys 1", nrRegister: "r11", argRegisters: ["r3", "r4", "r5", "r6", "r7", "r8"], returnRegister: "r11", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "arc", label: "ARC", arch: "arc", wordBits: 32, endian: "little", trap: "trap0", nrRegister: "r8", argRegisters: ["r0", "r1", "r2", "r3", "r4", "r5"], returnRegister: "r0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "hexagon", label: "Hexagon", arch: "hexagon", wordBits: 32, endian: "little", trap: "trap0(#1)", nrRegister: "r6", argRegisters: ["r0", "r1", "r2", "r3", "r4", "r5"], returnRegister: "r0", errors: NEG_ERRNO, alignsRegisterPairs: false },
  { id: "nios2", label: "Nios II", arch: "nios2", wordBits: 32, endian: "little", trap: "trap", nrRegister: "r2", argRegisters: ["r4", "r5", "r6", "r7", "r8", "r9"], returnRegister: "r2", errors: "positive errno in r2 with r7 = 1", alignsRegisterPairs: false },
];

export const ABI_INFO: ReadonlyMap<AbiId, AbiInfo> = new Map(table.map((a) => [a.id, a]));

export function abiInfo(id: AbiId): AbiInfo {
  const info = ABI_INFO.get(id);
  if (!info) throw new Error(`no ABI info for ${id}`);
  return info;
}
