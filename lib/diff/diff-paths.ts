/**
 * URLs of the diff pages. A pair and its reverse share one page: the canonical order is
 * ABI display order (ABI_IDS) and the older kernel first; the reverse URL is a small
 * redirect to the canonical page with `?swap=1`, which shows the same diff the other way
 * round. Pure; client-safe.
 */
import { compareKernelIds } from "@/lib/data/kernel-version";
import { ABI_IDS } from "@/lib/schema/ids";
import type { AbiId } from "@/lib/schema/kernel-api";

export const isCanonicalAbiPair = (a: AbiId, b: AbiId) => ABI_IDS.indexOf(a) < ABI_IDS.indexOf(b);
export const isCanonicalKernelPair = (from: string, to: string) => compareKernelIds(from, to) < 0;

export const diffPaths = {
  /** The public URL of a pair, either order. */
  abis: (kernel: string, a: AbiId, b: AbiId) => `/linux/${kernel}/diff/${a}/${b}/`,
  kernels: (from: string, to: string, abi: AbiId) => `/linux/${from}..${to}/${abi}/`,
  /** Where a pair is rendered: the canonical page, plus `?swap=1` for the reverse order. */
  abisView: (kernel: string, a: AbiId, b: AbiId) =>
    isCanonicalAbiPair(a, b) ? diffPaths.abis(kernel, a, b) : `${diffPaths.abis(kernel, b, a)}?swap=1`,
  kernelsView: (from: string, to: string, abi: AbiId) =>
    isCanonicalKernelPair(from, to) ? diffPaths.kernels(from, to, abi) : `${diffPaths.kernels(to, from, abi)}?swap=1`,
};
