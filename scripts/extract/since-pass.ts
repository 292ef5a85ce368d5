/**
 * The cross-kernel "since" post-pass: which of our kernels have each implemented call on
 * each ABI (presence), handed to classify's computeSince with the man pages; the result is
 * written into every row. Kernels already under data/ take part, so regenerating one kernel
 * keeps the others consistent.
 */
import type { AbiFile, AbiId, Syscall } from "@/lib/schema/kernel-api";
import { computeSince, type ManPages, type Presence } from "./classify";

export interface KernelFiles {
  kernel: string;
  files: AbiFile[];
}

export function presenceOf(kernels: readonly KernelFiles[]): Presence {
  const presence: Presence = new Map();
  for (const k of kernels) {
    const byAbi = new Map<AbiId, Set<string>>();
    for (const f of k.files) byAbi.set(f.abi, new Set(f.syscalls.filter((s) => s.implemented).map((s) => s.name)));
    presence.set(k.kernel, byAbi);
  }
  return presence;
}

/**
 * New file objects with `since` filled (null for calls that are not implemented), plus the
 * note of each direct-calls rule that decided a "since" (classify/direct-calls.ts).
 */
export function applySince(kernels: readonly KernelFiles[], man: ManPages | null, warn: (m: string) => void = () => {}): KernelFiles[] {
  const notes = new Map<string, string>();
  const since = computeSince(presenceOf(kernels), man, { warn, note: (abi, name, note) => void notes.set(`${abi}\0${name}`, note) });
  const withNote = (s: Syscall, note: string | undefined): Syscall =>
    note === undefined || s.notes?.includes(note) ? s : { ...s, notes: [...(s.notes ?? []), note] };
  return kernels.map((k) => ({
    kernel: k.kernel,
    files: k.files.map((f) => ({
      ...f,
      syscalls: f.syscalls.map((s) => {
        if (!s.implemented) return { ...s, since: null };
        const row = withNote(s, notes.get(`${f.abi}\0${s.name}`));
        return { ...row, since: since.get(k.kernel)?.get(f.abi)?.get(s.name) ?? null };
      }),
    })),
  }));
}
