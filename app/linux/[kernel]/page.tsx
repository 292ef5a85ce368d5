import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ABI_INFO } from "@/lib/abi-info";
import { getKernel, getKernels } from "@/lib/data";
import { paths } from "@/lib/data/links";
import { compareKernelIds } from "@/lib/data/kernel-version";
import { diffPaths } from "@/lib/diff/diff-paths";
import type { AbiId } from "@/lib/schema/kernel-api";

type Params = { kernel: string };

/** Pairs people port between most (emulators, translators): offered first on the kernel page. */
const PORTING_PAIRS: [AbiId, AbiId][] = [
  ["riscv64", "x86_64"],
  ["riscv64", "arm64"],
  ["arm64", "x86_64"],
  ["x86_64", "arm64"],
  ["i386", "x86_64"],
  ["x32", "x86_64"],
  ["arm", "arm64"],
  ["loongarch64", "arm64"],
];

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
  const has = (abi: AbiId) => k.abis.some((a) => a.abi === abi);
  const previous = getKernels()
    .filter((o) => compareKernelIds(o.id, k.id) < 0)
    .sort((x, y) => compareKernelIds(y.id, x.id))[0];
  const partner = (abi: AbiId): AbiId => (abi === "x86_64" ? "arm64" : "x86_64");
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: paths.home() }, { label: `Linux ${k.id}` }]} />
      <h1 className="mt-1 text-2xl font-semibold">Linux {k.release} system calls</h1>
      {k.preview && <p className="text-sm text-muted">Preview kernel: numbers may still change before release.</p>}
      <p className="mt-2">
        <a href={paths.all(k.id)}>Every ABI side by side</a>
      </p>
      <h2 className="mt-4 text-lg font-semibold">Compare two ABIs</h2>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {PORTING_PAIRS.filter(([a, b]) => has(a) && has(b)).map(([a, b]) => (
          <li key={`${a}-${b}`}>
            <a href={diffPaths.abis(k.id, a, b)}>
              {a} → {b}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm text-muted">Every other pair: the Compare column below, or the Compare menu on each table.</p>
      <div className="table-scroll mt-3 max-w-3xl">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">ABI</th>
              <th scope="col">Syscalls</th>
              <th scope="col">Implemented</th>
              <th scope="col">Trap</th>
              <th scope="col">Compare</th>
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
                <td className="text-sm">
                  {has(partner(a.abi)) && <a href={diffPaths.abis(k.id, a.abi, partner(a.abi))}>vs {partner(a.abi)}</a>}
                  {previous?.abis.some((p) => p.abi === a.abi) && (
                    <>
                      {has(partner(a.abi)) && " · "}
                      <a href={diffPaths.kernels(previous.id, k.id, a.abi)}>since {previous.id}</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
