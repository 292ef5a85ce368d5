/**
 * Other names people use for the ABIs (toolchain triplets, distro architecture names,
 * QEMU and uname spellings), for the 404 page's "did you mean". Data only; lowercase keys.
 * Where an alias is ambiguous it maps to the ABI most people mean by it (`mips64` is n64,
 * `x86` the 32-bit i386 ABI, `ppc64le` the same syscall table as `powerpc64`).
 */
import { ABI_IDS } from "@/lib/schema/ids";
import type { AbiId } from "@/lib/schema/kernel-api";

export const ABI_ALIASES: Readonly<Record<string, AbiId>> = {
  amd64: "x86_64", "x86-64": "x86_64", x64: "x86_64", x8664: "x86_64", "x86_64-linux-gnu": "x86_64",
  "x86_64-x32": "x32", x32abi: "x32", gnux32: "x32",
  i686: "i386", i586: "i386", i486: "i386", x86: "i386", ia32: "i386", x86_32: "i386", "x86-32": "i386",
  aarch64: "arm64", armv8: "arm64", "aarch64-linux-gnu": "arm64",
  armhf: "arm", armel: "arm", arm32: "arm", armv7: "arm", armv7l: "arm", armv6: "arm", eabi: "arm", "arm-eabi": "arm",
  riscv: "riscv64", rv64: "riscv64", riscv64gc: "riscv64", rv32: "riscv32",
  loong64: "loongarch64", loongarch: "loongarch64", la64: "loongarch64", la32: "loongarch32",
  ppc64: "powerpc64", ppc64le: "powerpc64", ppc64el: "powerpc64", powerpc64le: "powerpc64",
  ppc: "powerpc", ppc32: "powerpc", powerpc32: "powerpc", powerpcspe: "powerpc",
  s390_31: "s390", "s390-31": "s390", s31: "s390", "s390-31bit": "s390", systemz: "s390x", zarch: "s390x", "s390-64": "s390x",
  mips: "mips-o32", mipsel: "mips-o32", mips32: "mips-o32", o32: "mips-o32", mipso32: "mips-o32",
  mips64: "mips-n64", mips64el: "mips-n64", n64: "mips-n64", mipsn64: "mips-n64",
  n32: "mips-n32", mipsn32: "mips-n32", mipsn32el: "mips-n32", mips64n32: "mips-n32",
  sparcv9: "sparc64", sparc32: "sparc", sparcv8: "sparc",
  hppa: "parisc", "pa-risc": "parisc", pa_risc: "parisc", hppa64: "parisc64",
  sh4: "sh", sh3: "sh", superh: "sh", sh4a: "sh",
  m68000: "m68k", "68k": "m68k", coldfire: "m68k",
  or1k: "openrisc", or32: "openrisc",
  "nios-ii": "nios2", niosii: "nios2",
  "c-sky": "csky",
  arcv2: "arc", archs: "arc", arc700: "arc", arccompact: "arc",
  qdsp6: "hexagon",
  microblazeel: "microblaze",
};

const isAbiId = (s: string): s is AbiId => (ABI_IDS as readonly string[]).includes(s);

/** The ABI id a path segment names: itself, or through an alias (case-insensitive). */
export function abiFromAlias(word: string): AbiId | null {
  const w = word.trim().toLowerCase();
  if (isAbiId(w)) return w;
  return ABI_ALIASES[w] ?? null;
}
