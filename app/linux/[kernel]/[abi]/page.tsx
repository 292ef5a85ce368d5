import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TablePage } from "@/components/table-page/table-page";
import { getTable, listTableParams } from "@/lib/data";
import { parseKernelRange } from "@/lib/data/kernel-version";
import { paths } from "@/lib/data/links";
import { abiIdSchema } from "@/lib/schema/kernel-api";
import { kernelRangeMetadata, kernelRangeParams } from "./kernel-range";
import { KernelRangePage } from "./kernel-range-page";

type Params = { kernel: string; abi: string };

export const dynamicParams = false;

// This segment serves two URL forms: /linux/<kernel>/<abi>/ (a table) and
// /linux/<a>..<b>/<abi>/ (a kernel diff, see ./kernel-range.tsx).
export function generateStaticParams(): Params[] {
  return [...listTableParams(), ...kernelRangeParams()];
}

function load({ kernel, abi }: Params) {
  const id = abiIdSchema.safeParse(abi);
  return id.success ? getTable(kernel, id.data) : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  const range = parseKernelRange(p.kernel);
  if (range) return kernelRangeMetadata(range, p.abi);
  const data = load(p);
  if (!data) return {};
  const title = `${data.abi.label} system calls · Linux ${data.kernel.id}`;
  const description = `All ${data.rows.length} system calls of the ${data.abi.label} ABI in Linux ${data.kernel.release}: numbers, signatures with registers, entry points.`;
  const url = paths.table(data.kernel.id, data.abi.id);
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url } };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const p = await params;
  const range = parseKernelRange(p.kernel);
  if (range) return <KernelRangePage range={range} abi={p.abi} />;
  const data = load(p);
  if (!data) notFound();
  return <TablePage data={data} />;
}
