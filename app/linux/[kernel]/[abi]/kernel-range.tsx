/**
 * The kernel diff pages (/linux/<a>..<b>/<abi>/), which share this route segment with the
 * table pages: params for every kernel pair (older first; the newer..older URL is a static
 * redirect file, see scripts/atlas/diff-redirect-pages), metadata, and the page.
 */
import type { Metadata } from "next";
import { listKernelDiffParams } from "@/lib/data/diff-pages";
import { diffPaths, isCanonicalKernelPair } from "@/lib/diff/diff-paths";
import { abiIdSchema } from "@/lib/schema/kernel-api";
import { kernelDiffTitle } from "@/components/diff/diff-titles";

export type KernelRange = { from: string; to: string };

export function kernelRangeParams(): { kernel: string; abi: string }[] {
  return listKernelDiffParams();
}

export function kernelRangeMetadata(range: KernelRange, abi: string): Metadata {
  const id = abiIdSchema.safeParse(abi);
  if (!id.success || !isCanonicalKernelPair(range.from, range.to)) return {};
  const url = diffPaths.kernels(range.from, range.to, id.data);
  const title = kernelDiffTitle(abi, range.from, range.to);
  const description = `What changed in the ${abi} system call table between Linux ${range.from} and ${range.to}: added, removed, renumbered, new signatures, new entry points.`;
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url } };
}
