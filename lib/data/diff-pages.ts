/**
 * Getters for the diff pages (ABI vs ABI at one kernel; one ABI between two kernels):
 * validated generated data through `generated-files`, diffed by lib/diff, reshaped for
 * the page. Only the canonical order of each pair is a page (lib/diff/diff-paths); the
 * reverse order is a static redirect (scripts/atlas/diff-redirect-pages). The pages
 * pre-render the counts; their rows are computed in the browser from the API files, so
 * thousands of pair pages stay small. Server/build only.
 */
import { diffAbis } from "@/lib/diff/abi-diff";
import { diffKernels } from "@/lib/diff/kernel-diff";
import { isCanonicalAbiPair, isCanonicalKernelPair } from "@/lib/diff/diff-paths";
import { toAbiDiffHead, toKernelDiffHead, type AbiDiffHead, type KernelDiffHead } from "@/lib/diff/page-model";
import { ABI_IDS } from "@/lib/schema/ids";
import type { AbiId } from "@/lib/schema/kernel-api";
import { getKernel, getKernels, type SiteKernel } from "./index";
import { readAbiFile } from "./generated-files";

const has = (k: SiteKernel, abi: AbiId) => k.abis.some((a) => a.abi === abi);

/** Every ABI pair of every kernel, in canonical order. */
export function listAbiDiffParams(): { kernel: string; abiA: AbiId; abiB: AbiId }[] {
  return getKernels().flatMap((k) =>
    k.abis.flatMap((a) => k.abis.filter((b) => isCanonicalAbiPair(a.abi, b.abi)).map((b) => ({ kernel: k.id, abiA: a.abi, abiB: b.abi }))),
  );
}

/** Every pair of kernels (older first) that both have the ABI, as `<from>..<to>`. */
export function listKernelDiffParams(): { kernel: string; abi: AbiId }[] {
  const kernels = getKernels();
  return ABI_IDS.flatMap((abi) => {
    const withAbi = kernels.filter((k) => has(k, abi));
    return withAbi.flatMap((from) =>
      withAbi.filter((to) => isCanonicalKernelPair(from.id, to.id)).map((to) => ({ kernel: `${from.id}..${to.id}`, abi })),
    );
  });
}

export interface AbiDiffPage {
  kernel: SiteKernel;
  kernels: SiteKernel[];
  head: AbiDiffHead;
}

export function getAbiDiffPage(kernelId: string, a: AbiId, b: AbiId): AbiDiffPage | null {
  const kernel = getKernel(kernelId);
  if (!kernel || a === b || !has(kernel, a) || !has(kernel, b)) return null;
  const head = toAbiDiffHead(diffAbis(readAbiFile(kernel.id, a), readAbiFile(kernel.id, b)));
  return { kernel, kernels: getKernels(), head };
}

export interface KernelDiffPage {
  from: SiteKernel;
  to: SiteKernel;
  kernels: SiteKernel[];
  head: KernelDiffHead;
}

export function getKernelDiffPage(fromId: string, toId: string, abi: AbiId): KernelDiffPage | null {
  const from = getKernel(fromId);
  const to = getKernel(toId);
  if (!from || !to || from.id === to.id || !has(from, abi) || !has(to, abi)) return null;
  const head = toKernelDiffHead(diffKernels(readAbiFile(from.id, abi), readAbiFile(to.id, abi)));
  return { from, to, kernels: getKernels(), head };
}
