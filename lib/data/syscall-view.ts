/**
 * The syscall page's view model: compact and plain, because the page is rendered by a
 * client component (so the page payload carries this data once, not a rendered tree).
 * Pure.
 */
import type { AbiId, CategoryId } from "@/lib/schema/kernel-api";
import type { SiteKernel } from "./site-index-schema";
import type { SignatureGroup, SyscallOnAbi } from "./syscall-across";
import type { RowParam } from "./table-row";

export interface SyscallViewRow {
  abi: AbiId;
  nr: number;
  entry: string | null;
  compatEntry: string | null;
  implemented: boolean;
  params: RowParam[] | null;
  returnType: string | null;
  since: string | null;
  source: { file: string; line: number } | null;
}

export interface SyscallView {
  name: string;
  kernel: { id: string; release: string; debianSource: string | null; preview: boolean; abiCount: number };
  /** Every kernel of the site; `has` = some ABI of it has this syscall. */
  kernels: { id: string; preview: boolean; has: boolean }[];
  categories: CategoryId[];
  man: boolean;
  notes: string[];
  signatures: SignatureGroup[];
  rows: SyscallViewRow[];
  missing: AbiId[];
}

export function toSyscallView(
  input: { kernel: SiteKernel; name: string; onAbis: readonly SyscallOnAbi[]; missing: AbiId[]; signatures: SignatureGroup[]; kernels: readonly string[] },
  allKernels: readonly SiteKernel[],
): SyscallView {
  const { kernel, name, onAbis } = input;
  return {
    name,
    kernel: { id: kernel.id, release: kernel.release, debianSource: kernel.debianSource, preview: kernel.preview, abiCount: kernel.abis.length },
    kernels: allKernels.map((k) => ({ id: k.id, preview: k.preview, has: input.kernels.includes(k.id) })),
    categories: [...new Set(onAbis.flatMap((o) => o.syscall.categories))],
    man: onAbis.some((o) => o.syscall.man),
    notes: [...new Set(onAbis.flatMap((o) => (o.syscall.notes ?? []).map((n) => `${n} (${o.abi})`)))],
    signatures: input.signatures,
    rows: onAbis.map(({ abi, syscall: s, params }) => ({
      abi,
      nr: s.nr,
      entry: s.entry,
      compatEntry: s.compatEntry,
      implemented: s.implemented,
      params,
      returnType: s.returnType,
      since: s.since,
      source: s.source,
    })),
    missing: input.missing,
  };
}
