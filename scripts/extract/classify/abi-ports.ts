/**
 * The Linux release that first shipped each ABI, for ABIs younger than Linux 2.6.0: no call
 * can be on an ABI before the ABI existed, so "since" is never earlier than this. ABIs not
 * listed predate 2.6.0 and are not raised (see README.md: for calls older than such a port,
 * "since" is the man-pages version, i.e. when Linux itself gained the call).
 *
 * `exact: false` marks a lower bound only: the port's release, not necessarily the release
 * in which the ABI became usable; "since" then stays a range up to our first kernel.
 */
import type { AbiId } from "@/lib/schema/kernel-api";

export interface AbiPort {
  version: string;
  exact: boolean;
  reason: string;
}

export const ABI_PORTS: Partial<Record<AbiId, AbiPort>> = {
  x32: { version: "3.4", exact: true, reason: "the x32 ABI was merged in Linux 3.4" },
  arm: { version: "2.6.16", exact: true, reason: "our arm ABI is EABI, supported since Linux 2.6.16" },
  arm64: { version: "3.7", exact: true, reason: "the arm64 port was merged in Linux 3.7" },
  riscv64: { version: "4.15", exact: true, reason: "the RISC-V port was merged in Linux 4.15" },
  riscv32: { version: "4.15", exact: false, reason: "the RISC-V port (4.15) predates a usable 32-bit ABI" },
  loongarch64: { version: "5.19", exact: true, reason: "the LoongArch port was merged in Linux 5.19" },
  // Bounded by our trees only: 6.12's loongarch Kbuild generates no unistd_32.h, 7.2's does;
  // 6.13 ... 7.1 are not extracted, so the first release is somewhere in 6.13 ... 7.2.
  loongarch32: { version: "6.13", exact: false, reason: "Linux 6.12 generates no loongarch unistd_32.h (7.2 does): a lower bound" },
  csky: { version: "4.20", exact: true, reason: "the C-SKY port was merged in Linux 4.20" },
  nios2: { version: "3.19", exact: true, reason: "the Nios II port was merged in Linux 3.19" },
  openrisc: { version: "3.1", exact: true, reason: "the OpenRISC port was merged in Linux 3.1" },
  arc: { version: "3.9", exact: true, reason: "the ARC port was merged in Linux 3.9" },
  hexagon: { version: "3.2", exact: true, reason: "the Hexagon port was merged in Linux 3.2" },
  microblaze: { version: "2.6.24", exact: true, reason: "the MicroBlaze port was merged in Linux 2.6.24" },
  xtensa: { version: "2.6.13", exact: true, reason: "the Xtensa port was merged in Linux 2.6.13" },
};

/**
 * ABIs not in ABI_PORTS predate Linux 2.6.0, and every one of them was in 2.6.0. Except on
 * i386 (Linux's own ABI, where the man pages' versions are exact), a call Linux gained
 * before 2.6.0 reached such an ABI at some release between that version and 2.6.0: its
 * port's, or the call's if later. The man pages do not say which, so "since" is that range.
 */
export const OLD_PORTS_BY = "2.6.0";

export function portedBefore26(abi: AbiId): boolean {
  return ABI_PORTS[abi] === undefined && abi !== "i386";
}

/** Architecture words of syscalls(2) notes ("x86 since 4.12") -> the ABIs they name. */
export const MAN_ARCH_WORDS: Record<string, AbiId[]> = {
  x86: ["i386"],
  i386: ["i386"],
  x86_64: ["x86_64", "x32"],
  arm: ["arm"],
  arm64: ["arm64"],
  s390: ["s390", "s390x"],
  mips: ["mips-o32", "mips-n32", "mips-n64"],
  sparc: ["sparc"],
  sparc64: ["sparc64"],
  alpha: ["alpha"],
  powerpc: ["powerpc", "powerpc64"],
  m68k: ["m68k"],
};
