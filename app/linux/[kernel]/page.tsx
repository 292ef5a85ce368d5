import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ABI_INFO } from "@/lib/abi-info";
import { getKernel, getKernels } from "@/lib/data";
import { paths } from "@/lib/data/links";

type Params = { kernel: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getKernels().map((k) => ({ kernel: k.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const k = getKernel((await params).kernel);
  if (!k) return {};
  return {
    title: `Linux ${k.id} system calls`,
    description: `System call tables of Linux ${k.release} for ${k.abis.length} ABIs.`,
    alternates: { canonical: paths.kernel(k.id) },
  };
}

export default async function KernelPage({ params }: { params: Promise<Params> }) {
  const k = getKernel((await params).kernel);
  if (!k) notFound();
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: paths.home() }, { label: `Linux ${k.id}` }]} />
      <h1 className="mt-1 text-2xl font-semibold">Linux {k.release} system calls</h1>
      {k.preview && <p className="text-sm text-muted">Preview kernel: numbers may still change before release.</p>}
      <p className="mt-2">
        <a href={paths.all(k.id)}>Every ABI side by side</a>
      </p>
      <table className="data-table mt-3 max-w-3xl">
        <thead>
          <tr>
            <th scope="col">ABI</th>
            <th scope="col">Syscalls</th>
            <th scope="col">Implemented</th>
            <th scope="col">Trap</th>
          </tr>
        </thead>
        <tbody>
          {k.abis.map((a) => (
            <tr key={a.abi}>
              <td>
                <a href={paths.table(k.id, a.abi)}>{ABI_INFO.get(a.abi)?.label ?? a.abi}</a>{" "}
                <span className="text-xs text-muted">{a.abi}</span>
              </td>
              <td className="tabular-nums">{a.syscalls}</td>
              <td className="tabular-nums">{a.implemented}</td>
              <td>
                <code>{ABI_INFO.get(a.abi)?.trap}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
