/**
 * Result types of the ABI diff engine, shared by the command line and the diff pages.
 * Plain data (JSON-serialisable): pages pass them to client components as props.
 */
import type { AbiId, KernelId } from "@/lib/schema/kernel-api";

/** One verdict per syscall, most severe first. */
export const VERDICTS = ["missing", "needs-translation", "renumbered", "same"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a syscall present on both sides cannot be passed through unchanged. */
export const REASON_KINDS = [
  "entry",
  "param-count",
  "param-order",
  "param-size",
  "split",
  "type-layout",
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface DiffReason {
  kind: ReasonKind;
  /** 0-based indexes of the parameters the reason is about, when it is about some. */
  params?: number[];
  /** One readable sentence, e.g. "arg 2 (offset): split across ecx:edx on i386". */
  message: string;
}

/** One argument as it travels on one ABI. */
export interface ParamView {
  name: string;
  type: string;
  /** Bytes, null when unknown. */
  size: number | null;
  registers: string[];
  split: boolean;
  padding: string | null;
  /** Key into the file's type graph (type-level data only). */
  typeRef?: string;
  /** When the entry point takes this 64-bit value as two named 32-bit halves. */
  halves?: [string, string];
}

/** What one side knows about a syscall. */
export interface SideView {
  nr: number;
  entry: string | null;
  compatEntry: string | null;
  implemented: boolean;
  params: ParamView[] | null;
  notes: string[];
}

/** A syscall on the other side that does the job of a missing one. */
export interface EquivalentRef {
  name: string;
  nr: number;
  reason: string;
}

export interface SyscallDiff {
  name: string;
  verdict: Verdict;
  /** Null when the side does not have the syscall (or only reserves its number). */
  a: SideView | null;
  b: SideView | null;
  /** For `missing`: which side has it. */
  presentOn?: "a" | "b";
  /** For `missing`: replacements on the other side (empty when none is known). */
  equivalents: EquivalentRef[];
  /** For `needs-translation`: why. Empty otherwise. */
  reasons: DiffReason[];
  /** Caveats: what could not be checked (unknown params, layouts without type data). */
  caveats: string[];
}

export interface DiffSummary {
  total: number;
  verdicts: Record<Verdict, number>;
  /** Rows with at least one reason of each kind. */
  reasons: Record<ReasonKind, number>;
  /** Missing rows per side that has the call, and how many of them have an equivalent. */
  onlyOnA: number;
  onlyOnB: number;
  missingWithEquivalent: number;
  /** Rows where something could not be checked. */
  withCaveats: number;
}

export interface AbiDiff {
  kernel: KernelId;
  abiA: AbiId;
  abiB: AbiId;
  /** Whether both files carry a type graph, so layouts behind pointers were compared. */
  typeLevel: boolean;
  rows: SyscallDiff[];
  summary: DiffSummary;
}

/** What changed for one syscall on one ABI between two kernels. */
export const KERNEL_CHANGE_KINDS = ["added", "removed", "renumbered", "resignatured", "entry-changed"] as const;
export type KernelChangeKind = (typeof KERNEL_CHANGE_KINDS)[number];

export interface KernelSyscallChange {
  name: string;
  /** Every change that applies; empty for an unchanged syscall. */
  changes: KernelChangeKind[];
  from: SideView | null;
  to: SideView | null;
  /** Readable details of renumbering / signature / entry changes. */
  details: string[];
}

export interface KernelDiff {
  abi: AbiId;
  kernelFrom: KernelId;
  kernelTo: KernelId;
  rows: KernelSyscallChange[];
  summary: { total: number; unchanged: number; changes: Record<KernelChangeKind, number> };
}
