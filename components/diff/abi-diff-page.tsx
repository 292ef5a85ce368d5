import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ABI_INFO } from "@/lib/abi-info";
import type { AbiDiffPage as PageData } from "@/lib/data/diff-pages";
import { paths } from "@/lib/data/links";
import type { AbiId } from "@/lib/schema/kernel-api";
import { diffPaths } from "@/lib/diff/diff-paths";
import { AbiDiffView } from "./abi-diff-view";
import { KernelLinks } from "./diff-pickers";
import { PairPickers } from "./pair-pickers";

const label = (abi: AbiId) => ABI_INFO.get(abi)?.label ?? abi;

/** /linux/<kernel>/diff/<abiA>/<abiB>/: two ABIs at one kernel. */
export function AbiDiffPage({ page }: { page: PageData }) {
  const { kernel, kernels, head } = page;
  const { abiA, abiB } = head;
  const abis = kernel.abis.map((a) => a.abi);
  const hasBoth = (k: string) => {
    const ks = kernels.find((x) => x.id === k);
    return !!ks && ks.abis.some((a) => a.abi === abiA) && ks.abis.some((a) => a.abi === abiB);
  };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Home", href: paths.home() },
          { label: `Linux ${kernel.id}`, href: paths.kernel(kernel.id) },
          { label: `${abiA} vs ${abiB}` },
        ]}
      />
      <h1 className="mt-1 text-2xl font-semibold">
        {label(abiA)} and {label(abiB)} system calls compared <span className="text-muted">· Linux {kernel.release}</span>
      </h1>
      {kernel.preview && <p className="text-sm text-muted">Preview kernel: numbers may still change before release.</p>}
      <p className="mt-1 max-w-3xl text-sm">
        Each syscall gets one verdict: <b>same</b> (number and signature), <b>renumbered</b> (compatible, other number),{" "}
        <b>needs translation</b> (entry point, parameter sizes, 64-bit register splits
        {head.typeLevel ? " or struct layouts" : ""} differ; the reasons say which) or present on one side only, with the
        other side&apos;s equivalents where one exists.{" "}
        {head.typeLevel
          ? "Layouts behind pointers were compared from type data."
          : "Layouts behind pointers are not compared for this kernel (no type data); rows that pass a struct say so."}
      </p>
      <div className="my-3 flex flex-wrap items-center gap-3">
        <PairPickers kernel={kernel.id} abis={abis} abiA={abiA} abiB={abiB} />
        <KernelLinks label="Kernel" kernels={kernels} current={kernel.id} href={(k) => (hasBoth(k) ? diffPaths.abis(k, abiA, abiB) : null)} testId="kernel-picker" />
        <span className="text-sm">
          Tables: <a className="underline" href={paths.table(kernel.id, abiA)}>{abiA}</a> ·{" "}
          <a className="underline" href={paths.table(kernel.id, abiB)}>{abiB}</a>
        </span>
      </div>
      <AbiDiffView head={head} />
    </>
  );
}
