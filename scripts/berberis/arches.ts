/**
 * Berberis arch names and the ABI ids they map to. Berberis calls i386 "x86"; the other
 * four names are ours too.
 */
import type { AbiId } from "@/lib/schema/kernel-api";

export const BERBERIS_ARCHES = ["arm", "arm64", "riscv64", "x86", "x86_64"] as const;
export type BerberisArch = (typeof BERBERIS_ARCHES)[number];

export const ABI_OF_ARCH: Readonly<Record<BerberisArch, AbiId>> = {
  arm: "arm",
  arm64: "arm64",
  riscv64: "riscv64",
  x86: "i386",
  x86_64: "x86_64",
};

export function isBerberisArch(name: string): name is BerberisArch {
  return (BERBERIS_ARCHES as readonly string[]).includes(name);
}

export const apiFileName = (arch: BerberisArch) => `kernel_api_${arch}.json`;
export const SYSCALLS_FILE = "kernel_syscalls.json";
export const CUSTOM_FILE = "custom_syscalls.json";
