/**
 * One arch's syscall list: kernel_syscalls.json entries with custom_syscalls.json merged
 * in the way Berberis merges them (top-level fields apply to every arch that has the
 * syscall; an arch block may add a syscall of its own). Custom facts become notes.
 */
import { CUSTOM_FILE, SYSCALLS_FILE, type BerberisArch } from "./arches";
import { InputError, jsonPath } from "./json-path";
import type { CustomArch, CustomSyscalls, KernelSyscalls } from "./raw-schema";

export interface SyscallRecord {
  /** "__NR_openat", "__ARM_NR_cacheflush". */
  key: string;
  name: string;
  nr: number;
  entry: string | null;
  /** `params` from kernel_syscalls.json (only [] in the files we know). */
  kernelParams?: string[];
  /** `params` from custom_syscalls.json (arch block wins over the top level). */
  customParams?: string[];
  notes: string[];
}

export interface Orphan {
  name: string;
  what: string;
  reason: string;
}

export const syscallNameOf = (key: string) => key.replace(/^__(?:ARM_)?NR_/, "");

export function parseNr(id: string): number {
  const nr = id.startsWith("0x") ? Number.parseInt(id.slice(2), 16) : Number(id);
  if (!Number.isSafeInteger(nr)) throw new Error(`bad syscall id ${id}`);
  return nr;
}

function customNotes(common: CustomArch, arch: CustomArch | undefined): string[] {
  const merged: CustomArch = { ...common, ...arch };
  const notes: string[] = [];
  const reason = merged.custom_reason;
  if (merged.socketcall !== undefined) notes.push(`Berberis: socketcall ${merged.socketcall}`);
  if (reason !== undefined && !(reason === "socketcall" && merged.socketcall !== undefined)) notes.push(`Berberis custom: ${reason}`);
  if (merged.comment !== undefined) notes.push(`Berberis comment: ${[merged.comment].flat().join("; ")}`);
  return notes;
}

export function buildRecords(
  arch: BerberisArch,
  kernel: KernelSyscalls,
  custom: CustomSyscalls | null,
): { records: SyscallRecord[]; orphans: Orphan[] } {
  const byKey = new Map<string, SyscallRecord>();
  for (const [key, arches] of Object.entries(kernel)) {
    const raw = arches[arch];
    if (!raw) continue;
    byKey.set(key, {
      key,
      name: syscallNameOf(key),
      nr: parseNr(raw.id),
      entry: raw.entry,
      ...(raw.params ? { kernelParams: [...raw.params] } : {}),
      notes: [],
    });
  }
  const orphans: Orphan[] = [];
  const pendingSocketcalls: { name: string; number: string }[] = [];
  for (const [key, block] of Object.entries(custom ?? {})) {
    const common: CustomArch = { custom_reason: block.custom_reason, comment: block.comment, params: block.params };
    const update = block[arch];
    const hasUpdate = update !== undefined && Object.keys(update).length > 0;
    let record = byKey.get(key);
    if (!record && !hasUpdate) continue;
    const path = (field: string) => `${CUSTOM_FILE}: ${jsonPath([key, arch, field])}`;
    if (!record) {
      if (update?.id === undefined) {
        const name = syscallNameOf(key);
        if (update?.socketcall !== undefined) pendingSocketcalls.push({ name, number: update.socketcall });
        else orphans.push({ name, what: "nr", reason: `${CUSTOM_FILE} lists it for ${arch} without an id, and ${SYSCALLS_FILE} has no ${arch} entry` });
        continue;
      }
      record = { key, name: syscallNameOf(key), nr: parseNr(update.id), entry: update.entry ?? null, notes: [] };
      record.notes.push(`Berberis: only in ${CUSTOM_FILE} (no kernel table line${record.entry ? "" : ", entry point unknown"})`);
      byKey.set(key, record);
    } else {
      if (update?.id !== undefined && parseNr(update.id) !== record.nr)
        throw new InputError(`${path("id")}: ${update.id} contradicts ${SYSCALLS_FILE} (${record.nr})`);
      if (update?.entry !== undefined && update.entry !== record.entry)
        throw new InputError(`${path("entry")}: ${update.entry} contradicts ${SYSCALLS_FILE} (${record.entry})`);
    }
    const params = update?.params ?? common.params;
    if (params) record.customParams = [...params];
    record.notes.push(...customNotes(common, update));
  }
  const socketcall = byKey.get("__NR_socketcall");
  for (const { name, number } of pendingSocketcalls) {
    if (socketcall) socketcall.notes.push(`Berberis: ${name} is socketcall ${number} (no syscall number of its own here)`);
    else orphans.push({ name, what: "nr", reason: `socketcall ${number} in ${CUSTOM_FILE}, but no socketcall syscall on ${arch}` });
  }
  return { records: [...byKey.values()].sort((a, b) => a.nr - b.nr), orphans };
}
