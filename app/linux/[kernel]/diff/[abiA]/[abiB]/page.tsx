import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AbiDiffPage } from "@/components/diff/abi-diff-page";
import { abiDiffTitle } from "@/components/diff/diff-titles";
import { getAbiDiffPage, listAbiDiffParams } from "@/lib/data/diff-pages";
import { diffPaths, isCanonicalAbiPair } from "@/lib/diff/diff-paths";
import { abiIdSchema, type AbiId } from "@/lib/schema/kernel-api";

type Params = { kernel: string; abiA: string; abiB: string };

export const dynamicParams = false;

/** Every ABI pair of every kernel in canonical order (the reverse URL is a static redirect file). */
export function generateStaticParams(): Params[] {
  return listAbiDiffParams();
}

function parse(p: Params): { kernel: string; a: AbiId; b: AbiId } | null {
  const a = abiIdSchema.safeParse(p.abiA);
  const b = abiIdSchema.safeParse(p.abiB);
  return a.success && b.success && isCanonicalAbiPair(a.data, b.data) ? { kernel: p.kernel, a: a.data, b: b.data } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = parse(await params);
  if (!p) return {};
  const title = abiDiffTitle(p.kernel, p.a, p.b);
  const url = diffPaths.abis(p.kernel, p.a, p.b);
  const description = `Which Linux ${p.kernel} system calls differ between ${p.a} and ${p.b}: missing calls and their equivalents, renumbered calls, and calls whose arguments need translation.`;
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url } };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const p = parse(await params);
  if (!p) notFound();
  const page = getAbiDiffPage(p.kernel, p.a, p.b);
  if (!page) notFound();
  return <AbiDiffPage page={page} />;
}
