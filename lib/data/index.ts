/**
 * The one door from generated data to pages. Pages and layouts call these getters; they
 * never touch fs or JSON paths. Everything returned is validated and plain (serializable).
 * Server/build only (reads files); client components import the pure modules next to it.
 */
import { abiInfo, type AbiInfo } from "@/lib/abi-info";
import type { AbiFile, AbiId } from "@/lib/schema/kernel-api";
import { allAbis, buildAllRows, type AllRow } from "./all-matrix";
import { readAbiFile, readSiteIndex } from "./generated-files";
import { compareKernelIds } from "./kernel-version";
import type { SiteKernel } from "./site-index-schema";
import { groupSignatures, syscallOnAbis, type SignatureGroup, type SyscallOnAbi } from "./syscall-across";
import { toSyscallView, type SyscallView } from "./syscall-view";
import { tableRows, type TableRow } from "./table-row";

export type { SiteAbi, SiteKernel } from "./site-index-schema";
export type { AllRow } from "./all-matrix";
export type { SignatureGroup, SyscallOnAbi } from "./syscall-across";
export type { RowParam, TableRow } from "./table-row";
export type { SyscallView, SyscallViewRow } from "./syscall-view";

/** Kernels, oldest first. */
export function getKernels(): SiteKernel[] {
  return [...readSiteIndex().kernels].sort((a, b) => compareKernelIds(a.id, b.id));
}

export function getKernel(id: string): SiteKernel | null {
  return readSiteIndex().kernels.find((k) => k.id === id) ?? null;
}

/** The newest non-preview kernel (target of /latest/). */
export function getLatestKernel(): SiteKernel {
  const idx = readSiteIndex();
  const k = idx.kernels.find((x) => x.id === idx.latest);
  if (!k) throw new Error(`generated/site.json: latest: kernel ${idx.latest} is not listed`);
  return k;
}

function kernelFiles(kernel: SiteKernel): AbiFile[] {
  return kernel.abis.map((a) => readAbiFile(kernel.id, a.abi));
}

export interface TableData {
  kernel: SiteKernel;
  abi: AbiInfo;
  rows: TableRow[];
  /** Kernels that have this ABI, oldest first. */
  kernelsWithAbi: string[];
}

export function getTable(kernelId: string, abi: AbiId): TableData | null {
  const kernel = getKernel(kernelId);
  if (!kernel || !kernel.abis.some((a) => a.abi === abi)) return null;
  const info = abiInfo(abi);
  const rows = tableRows(info, readAbiFile(kernel.id, abi).syscalls);
  return {
    kernel,
    abi: info,
    rows,
    kernelsWithAbi: getKernels().filter((k) => k.abis.some((a) => a.abi === abi)).map((k) => k.id),
  };
}

const namesByKernel = new Map<string, string[]>();

/** Every syscall name on any ABI of the kernel, sorted. */
export function getSyscallNames(kernelId: string): string[] {
  const kernel = getKernel(kernelId);
  if (!kernel) return [];
  let names = namesByKernel.get(kernel.id);
  if (!names) {
    const set = new Set<string>();
    for (const f of kernelFiles(kernel)) for (const s of f.syscalls) set.add(s.name);
    names = [...set].sort();
    namesByKernel.set(kernel.id, names);
  }
  return names;
}

export interface SyscallAcrossAbis {
  kernel: SiteKernel;
  name: string;
  onAbis: SyscallOnAbi[];
  /** ABIs of this kernel that do not have the syscall at all. */
  missing: AbiId[];
  signatures: SignatureGroup[];
  /** Kernels (oldest first) where some ABI has this name. */
  kernels: string[];
}

export function getSyscallAcrossAbis(kernelId: string, name: string): SyscallAcrossAbis | null {
  const kernel = getKernel(kernelId);
  if (!kernel) return null;
  const onAbis = syscallOnAbis(kernelFiles(kernel), name);
  if (onAbis.length === 0) return null;
  const present = new Set(onAbis.map((o) => o.abi));
  return {
    kernel,
    name,
    onAbis,
    missing: kernel.abis.map((a) => a.abi).filter((a) => !present.has(a)),
    signatures: groupSignatures(onAbis),
    kernels: getKernels()
      .filter((k) => getSyscallNames(k.id).includes(name))
      .map((k) => k.id),
  };
}

/** The syscall page's compact view model (see syscall-view.ts). */
export function getSyscallView(kernelId: string, name: string): SyscallView | null {
  const data = getSyscallAcrossAbis(kernelId, name);
  return data ? toSyscallView(data, getKernels()) : null;
}

export interface AllTableData {
  kernel: SiteKernel;
  abis: AbiId[];
  rows: AllRow[];
}

export function getAllTable(kernelId: string): AllTableData | null {
  const kernel = getKernel(kernelId);
  if (!kernel) return null;
  const files = kernelFiles(kernel);
  return { kernel, abis: allAbis(files), rows: buildAllRows(files) };
}

/** Route params for static generation. */
export function listTableParams(): { kernel: string; abi: AbiId }[] {
  return getKernels().flatMap((k) => k.abis.map((a) => ({ kernel: k.id, abi: a.abi })));
}

export function listSyscallParams(): { kernel: string; name: string }[] {
  return getKernels().flatMap((k) => getSyscallNames(k.id).map((name) => ({ kernel: k.id, name })));
}
