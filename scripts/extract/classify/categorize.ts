/**
 * strace(1)'s syscall classes as multi-label tags, derived from each syscall's name,
 * prototype (parameter names and C types) and source file, plus the curated table in
 * category-data.ts. Classes are strace's documented definitions; README.md explains each
 * rule and the borderline decisions.
 */
import { CATEGORY_IDS, type CategoryId, type Param, type SourceLocation } from "@/lib/schema/kernel-api";
import * as D from "./category-data";

export interface CategorizeInput {
  /** The name in the syscall table ("stat", "fstatat64", "_llseek", ...). */
  name: string;
  params: Param[] | null;
  source: SourceLocation | null;
  /** The table's entry point symbol ("sys_newstat", "__x64_sys_read", ...), if any. */
  entry: string | null;
}

/** "__x64_sys_newstat" / "compat_sys_stat64" / "sys_ni_syscall" -> "newstat" / "stat64" / null. */
export function entryBaseName(entry: string | null): string | null {
  if (!entry) return null;
  const m = /^(?:__[a-z0-9]+_)?(?:compat_)?sys_([A-Za-z0-9_]+)$/.exec(entry);
  if (!m?.[1] || m[1] === "ni_syscall") return null;
  return m[1];
}

const isCharPointer = (type: string): boolean => /\bchar\b[^*]*\*\s*$/.test(type);

function hasPathParam(params: Param[]): boolean {
  return params.some((p) => isCharPointer(p.type) && D.PATH_PARAMS.has(p.name));
}

function hasFdParam(params: Param[]): boolean {
  return params.some(
    (p) => (D.FD_PARAM.test(p.name) && !D.NOT_FD_PARAMS.has(p.name) && !isCharPointer(p.type)) || D.FD_TYPE.test(p.type),
  );
}

/** Classes that follow from the name alone (any of the given spellings). */
function byName(names: string[], add: (c: CategoryId) => void): void {
  const any = (test: (n: string) => boolean): boolean => names.some(test);
  if (any((n) => D.NETWORK_NAME.test(n))) add("network");
  if (any((n) => D.IPC_NAME.test(n))) add("ipc");
  if (any((n) => D.MEMORY_NAME.test(n))) add("memory");
  if (any((n) => D.SIGNAL_NAME.test(n))) add("signal");
  if (any((n) => D.PROCESS_NAMES.has(n))) add("process");
  if (any((n) => D.CREDS_NAME.test(n))) add("creds");
  if (any((n) => D.CLOCK_NAME.test(n))) add("clock");
  if (any((n) => D.RETURNS_FD.has(n))) add("desc");
  // stat / statfs variants; a stat of a path takes a file name, an fstat takes an fd.
  const stat = any((n) => D.STAT_NAME.test(n));
  const lstat = any((n) => D.LSTAT_NAME.test(n));
  const fstat = any((n) => D.FSTAT_NAME.test(n));
  if (stat) add("stat");
  if (lstat) add("lstat");
  if (fstat) add("fstat");
  if (stat || lstat || fstat) add("stat_any");
  const statAt = any((n) => /^((new)?fstatat(64)?|statx)$/.test(n));
  if (stat || lstat || statAt) add("file");
  if (fstat) add("desc");
  const statfs = any((n) => D.STATFS_NAME.test(n));
  const fstatfs = any((n) => D.FSTATFS_NAME.test(n));
  if (statfs) add("statfs");
  if (fstatfs) add("fstatfs");
  if (any((n) => D.STATFS_ANY_NAME.test(n))) add("statfs_any");
  if (statfs) add("file");
  if (fstatfs) add("desc");
}

export function categorize(s: CategorizeInput): CategoryId[] {
  const found = new Set<CategoryId>();
  const add = (c: CategoryId): void => void found.add(c);
  const base = entryBaseName(s.entry);
  const names = base && base !== s.name ? [s.name, base] : [s.name];

  if (s.params) {
    if (hasPathParam(s.params)) add("file");
    if (hasFdParam(s.params)) add("desc");
  }
  const file = s.source?.file ?? "";
  if (file.startsWith("net/")) add("network");
  if (file.startsWith("ipc/")) add("ipc");
  if (/(^|\/)mm\//.test(file) && !names.some((n) => D.MEMORY_EXCLUDE.has(n))) add("memory");
  byName(names, add);

  // %pure is a documented list of argument-less calls; get_thread_area takes one on x86.
  if (names.some((n) => D.PURE_NAMES.has(n))) {
    const argless = s.params === null ? s.name !== "get_thread_area" : s.params.length === 0;
    if (argless) add("pure");
  }
  for (const n of names) for (const c of D.CURATED[n]?.add ?? []) add(c);

  if (found.size === 0) return ["uncategorized"];
  return CATEGORY_IDS.filter((c) => found.has(c));
}
