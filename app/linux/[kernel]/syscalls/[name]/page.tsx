import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SyscallView } from "@/components/syscall-page/syscall-view";
import { getSyscallAcrossAbis, getSyscallView, listSyscallParams } from "@/lib/data";
import { paths } from "@/lib/data/links";

type Params = { kernel: string; name: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listSyscallParams();
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { kernel, name } = await params;
  const data = getSyscallAcrossAbis(kernel, name);
  if (!data) return {};
  const title = `${name} · Linux ${data.kernel.id} system call`;
  const sample = data.onAbis
    .slice(0, 4)
    .map((o) => `${o.syscall.nr} on ${o.info.label}`)
    .join(", ");
  const description = `${name}: ${sample}${data.onAbis.length > 4 ? ", …" : ""}. Number, signature with registers, calling convention and entry point on ${data.onAbis.length} ABIs of Linux ${data.kernel.release}.`;
  const url = paths.syscall(data.kernel.id, name);
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url, type: "article" } };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { kernel, name } = await params;
  const view = getSyscallView(kernel, name);
  if (!view) notFound();
  return <SyscallView view={view} />;
}
