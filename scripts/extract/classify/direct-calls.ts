/**
 * Calls an ABI got later than Linux itself, before our oldest kernel (5.10), which the
 * syscalls(2) table cannot show (it gives one version per call, for the first arch):
 *
 *  - i386's direct socket calls (syscall_32.tbl 359-373, commit 9dea5dc921b5): the release
 *    is read from socketcall(2) ("starting in Linux 4.3, direct system calls are provided
 *    on x86-32"). recvmmsg (337) and sendmmsg (345) were direct calls on i386 from the
 *    start and are not in this list.
 *  - direct System V IPC calls on ABIs that also have the ipc(2) multiplexer: Linux 5.1,
 *    commit 0d6040d46817 ("arch: add split IPC system calls where needed"), which also
 *    gave semtimedop to the 64-bit ones (powerpc, s390, sparc).
 *  - direct socket calls on the other ABIs that also have socketcall(2), and clone3 on
 *    arches that wired it after 5.3: the release is not documented, so "since" stays a
 *    range up to our first kernel (version null here).
 */
import type { AbiId } from "@/lib/schema/kernel-api";
import type { ManPages } from "./man-pages";

export interface LateCall {
  /** The release the ABI got the call; null when unknown (before our first kernel). */
  version: string | null;
  note: string;
}

export const I386_DIRECT_SOCKET = new Set([
  "socket", "socketpair", "bind", "connect", "listen", "accept4", "getsockopt", "setsockopt",
  "getsockname", "getpeername", "sendto", "sendmsg", "recvfrom", "recvmsg", "shutdown",
]);

/** The calls socketcall(2) multiplexes (its call numbers SYS_SOCKET ... SYS_SENDMMSG). */
export const SOCKETCALL_CALLS = new Set([
  "socket", "bind", "connect", "listen", "accept", "getsockname", "getpeername", "socketpair",
  "send", "recv", "sendto", "recvfrom", "shutdown", "setsockopt", "getsockopt", "sendmsg",
  "recvmsg", "accept4", "recvmmsg", "sendmmsg",
]);

/** The calls ipc(2) multiplexes that 0d6040d46817 gave their own numbers. */
export const SPLIT_IPC_CALLS = new Set([
  "semget", "semctl", "shmget", "shmctl", "shmat", "shmdt", "msgget", "msgsnd", "msgrcv", "msgctl", "semtimedop",
]);
export const SPLIT_IPC_VERSION = "5.1";

/** ABIs whose arch wired clone3 after it appeared (5.3), at a release not established here. */
export const LATE_CLONE3: ReadonlySet<AbiId> = new Set(["m68k", "mips-o32", "mips-n32", "mips-n64", "parisc", "parisc64", "xtensa"]);

export const NOTE_SOCKET_UNKNOWN = "direct call on an ABI that also has socketcall; wired before 5.10, date not documented";

/**
 * The late-arrival rule for `name` on `abi`, given every call the ABI has in any of our
 * kernels; null when none applies.
 */
export function lateDirectCall(man: ManPages | null, abi: AbiId, name: string, abiCalls: ReadonlySet<string>): LateCall | null {
  if (abiCalls.has("ipc") && SPLIT_IPC_CALLS.has(name))
    return {
      version: SPLIT_IPC_VERSION,
      note: `direct System V IPC call on an ABI that also has ipc(2): added in Linux ${SPLIT_IPC_VERSION} (commit 0d6040d46817, "arch: add split IPC system calls where needed")`,
    };
  if (abi === "i386" && I386_DIRECT_SOCKET.has(name)) {
    const v = man?.x86DirectSocket ?? null;
    if (v) return { version: v, note: `direct socket call on x86-32: Linux ${v} per socketcall(2) (before that only through socketcall)` };
    return { version: null, note: NOTE_SOCKET_UNKNOWN };
  }
  if (abi !== "i386" && abiCalls.has("socketcall") && SOCKETCALL_CALLS.has(name)) return { version: null, note: NOTE_SOCKET_UNKNOWN };
  if (name === "clone3" && LATE_CLONE3.has(abi))
    return { version: null, note: "clone3 came in Linux 5.3 but each arch wired it on its own; when this one did is not established here (a range)" };
  return null;
}
