/**
 * The kernel diff page (/linux/<a>..<b>/<abi>/): loads its data on the server and renders
 * the diff view through a code-split client import (see ./kernel-diff-page-lazy), so the
 * table pages sharing this route segment do not ship the diff page's code.
 */
import { notFound } from "next/navigation";
import { getKernelDiffPage } from "@/lib/data/diff-pages";
import { isCanonicalKernelPair } from "@/lib/diff/diff-paths";
import { abiIdSchema } from "@/lib/schema/kernel-api";
import { KernelDiffPageLazy } from "./kernel-diff-page-lazy";
import type { KernelRange } from "./kernel-range";

export function KernelRangePage({ range, abi }: { range: KernelRange; abi: string }) {
  const id = abiIdSchema.safeParse(abi);
  if (!id.success || !isCanonicalKernelPair(range.from, range.to)) notFound();
  const page = getKernelDiffPage(range.from, range.to, id.data);
  if (!page) notFound();
  return <KernelDiffPageLazy page={page} />;
}
