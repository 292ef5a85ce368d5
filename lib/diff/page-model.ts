/**
 * The diff results reshaped for the pages: compact rows (they are serialised into every
 * page twice by the static export, so size matters), strings shared between rows stored
 * once, and everything a client needs to show the same diff the other way round (swap).
 * Pure and client-safe.
 */
import type { AbiId, KernelId } from "@/lib/schema/kernel-api";
import type { AbiDiff, DiffSummary, KernelChangeKind, KernelDiff, ReasonKind, Verdict } from "./types";

export interface DiffPageRow {
  name: string;
  verdict: Verdict;
  nrA: number | null;
  nrB: number | null;
  /** Kinds of reasons, for the filters. */
  kinds: ReasonKind[];
  reasons: string[];
  /** Equivalents on the other side: [name, nr, index into `eqReasons`]. */
  eq: [string, number, number][];
  caveats: string[];
}

export interface DiffPageData {
  kernel: KernelId;
  abiA: AbiId;
  abiB: AbiId;
  typeLevel: boolean;
  summary: DiffSummary;
  rows: DiffPageRow[];
  eqReasons: string[];
}

/** What a page pre-renders about an ABI diff (the rows are computed in the browser). */
export type AbiDiffHead = Omit<DiffPageData, "rows" | "eqReasons">;

export function toAbiDiffHead(d: AbiDiff): AbiDiffHead {
  return { kernel: d.kernel, abiA: d.abiA, abiB: d.abiB, typeLevel: d.typeLevel, summary: d.summary };
}

export function toDiffPage(d: AbiDiff): DiffPageData {
  const eqReasons: string[] = [];
  const reasonIndex = new Map<string, number>();
  const indexOf = (reason: string) => {
    let i = reasonIndex.get(reason);
    if (i === undefined) {
      i = eqReasons.length;
      eqReasons.push(reason);
      reasonIndex.set(reason, i);
    }
    return i;
  };
  const rows = d.rows.map(
    (r): DiffPageRow => ({
      name: r.name,
      verdict: r.verdict,
      nrA: r.a?.nr ?? null,
      nrB: r.b?.nr ?? null,
      kinds: [...new Set(r.reasons.map((x) => x.kind))],
      reasons: r.reasons.map((x) => x.message),
      eq: r.equivalents.map((e): [string, number, number] => [e.name, e.nr, indexOf(e.reason)]),
      caveats: r.caveats,
    }),
  );
  return { kernel: d.kernel, abiA: d.abiA, abiB: d.abiB, typeLevel: d.typeLevel, summary: d.summary, rows, eqReasons };
}

/** Which side a row's syscall is on: both, or only A / only B. */
export function presence(row: Pick<DiffPageRow, "nrA" | "nrB">): "both" | "a" | "b" {
  if (row.nrA !== null && row.nrB !== null) return "both";
  return row.nrA !== null ? "a" : "b";
}

/** The same diff seen from the other side: columns, one-sided rows and counts swapped. */
export function swapDiffPage(p: DiffPageData): DiffPageData {
  return {
    ...p,
    abiA: p.abiB,
    abiB: p.abiA,
    summary: { ...p.summary, onlyOnA: p.summary.onlyOnB, onlyOnB: p.summary.onlyOnA },
    rows: p.rows.map((r) => ({ ...r, nrA: r.nrB, nrB: r.nrA })),
  };
}

export interface KernelDiffPageRow {
  name: string;
  changes: KernelChangeKind[];
  nr: [number | null, number | null];
  /** Entry point and signature before and after, when they changed. */
  entry?: [string, string];
  sig?: [string, string];
}

export interface KernelDiffPageData {
  abi: AbiId;
  from: KernelId;
  to: KernelId;
  counts: Record<KernelChangeKind, number> & { unchanged: number };
  rows: KernelDiffPageRow[];
}

/** What a page pre-renders about a kernel diff (the rows are computed in the browser). */
export type KernelDiffHead = Omit<KernelDiffPageData, "rows">;

export function toKernelDiffHead(d: KernelDiff): KernelDiffHead {
  return { abi: d.abi, from: d.kernelFrom, to: d.kernelTo, counts: { ...d.summary.changes, unchanged: d.summary.unchanged } };
}

const sigText = (params: { type: string }[] | null | undefined) => (params ? `(${params.map((p) => p.type).join(", ")})` : "(unknown)");

export function toKernelDiffPage(d: KernelDiff): KernelDiffPageData {
  const rows = d.rows.map((r): KernelDiffPageRow => {
    const row: KernelDiffPageRow = { name: r.name, changes: r.changes, nr: [r.from?.nr ?? null, r.to?.nr ?? null] };
    if (r.changes.includes("entry-changed")) row.entry = [r.from?.entry ?? "(none)", r.to?.entry ?? "(none)"];
    if (r.changes.includes("resignatured")) row.sig = [sigText(r.from?.params), sigText(r.to?.params)];
    return row;
  });
  return { abi: d.abi, from: d.kernelFrom, to: d.kernelTo, counts: { ...d.summary.changes, unchanged: d.summary.unchanged }, rows };
}

const FLIP: Partial<Record<KernelChangeKind, KernelChangeKind>> = { added: "removed", removed: "added" };
const flip = <T,>(pair: [T, T]): [T, T] => [pair[1], pair[0]];

/** The kernel diff read backwards (newer to older): added and removed trade places. */
export function swapKernelDiffPage(p: KernelDiffPageData): KernelDiffPageData {
  return {
    ...p,
    from: p.to,
    to: p.from,
    counts: { ...p.counts, added: p.counts.removed, removed: p.counts.added },
    rows: p.rows.map((r) => ({
      ...r,
      changes: r.changes.map((c) => FLIP[c] ?? c),
      nr: flip(r.nr),
      ...(r.entry ? { entry: flip(r.entry) } : {}),
      ...(r.sig ? { sig: flip(r.sig) } : {}),
    })),
  };
}
