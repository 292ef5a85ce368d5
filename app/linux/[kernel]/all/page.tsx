import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AllPage } from "@/components/all-table/all-page";
import { getAllTable, getKernels } from "@/lib/data";
import { paths } from "@/lib/data/links";

type Params = { kernel: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getKernels().map((k) => ({ kernel: k.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const data = getAllTable((await params).kernel);
  if (!data) return {};
  const title = `Every ABI side by side · Linux ${data.kernel.id}`;
  const description = `${data.rows.length} Linux ${data.kernel.release} system calls against their numbers on ${data.abis.length} ABIs.`;
  const url = paths.all(data.kernel.id);
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url } };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const data = getAllTable((await params).kernel);
  if (!data) notFound();
  return <AllPage data={data} />;
}
