import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ABI_INFO } from "@/lib/abi-info";
import type { AbiDiffPage as PageData } from "@/lib/data/diff-pages";
import { paths } from "@/lib/data/links";
import type { AbiId } from "@/lib/schema/kernel-api";
import { diffPaths } from "@/lib/diff/diff-paths";
import { AbiDiffView } from "./abi-diff-view";
import { KernelLinks } from "@/components/site/kernel-links";
import { PairPickers } from "./pair-pickers";
import { KeepQueryLinks } from "@/components/site/keep-query-links";
import { abiDiffTitle } from "./diff-titles";
import { DocumentTitle, SwapSwitch } from "./swap-switch";

const label = (abi: AbiId) => ABI_INFO.get(abi)?.label ?? abi;

/** /linux/<kernel>/diff/<abiA>/<abiB>/: two ABIs at one kernel (`?swap=1`: read the other way round). */
export function AbiDiffPage({ page }: { page: PageData }) {
  const { kernel, kernels, head } = page;
  const { abiA, abiB } = head;
  const abis = kernel.abis.map((a) => a.abi);
  const hasBoth = (k: string) => {
    const ks = kernels.find((x) => x.id === k);
    return !!ks && ks.abis.some((a) => a.abi === abiA) && ks.abis.some((a) => a.abi === abiB);
  };
  // Left and right as shown: the canonical order, or the other way round with ?swap=1.
  const heading = (left: AbiId, right: AbiId) => (
    <>
      <DocumentTitle title={abiDiffTitle(kernel.id, left, right)} />
      <Breadcrumbs
        items={[
          { label: "Home", href: paths.home() },
          { label: `Linux ${kernel.id}`, href: paths.kernel(kernel.id) },
          { label: `${left} vs ${right}` },
        ]}
      />
      <h1 className="mt-1 text-2xl font-semibold" data-testid="diff-title">
        {label(left)} and {label(right)} system calls compared <span className="text-muted">· Linux {kernel.release}</span>
      </h1>
    </>
  );
  const controls = (left: AbiId, right: AbiId) => (
    <div className="my-3 flex flex-wrap items-center gap-3">
      <PairPickers kernel={kernel.id} abis={abis} left={left} right={right} />
      <KernelLinks label="Kernel" kernels={kernels} current={kernel.id} href={(k) => (hasBoth(k) ? diffPaths.abis(k, abiA, abiB) : null)} testId="kernel-picker" keepQuery="" />
      <span className="text-sm">
        Tables: <a className="underline" href={paths.table(kernel.id, left)}>{left}</a> ·{" "}
        <a className="underline" href={paths.table(kernel.id, right)}>{right}</a>
      </span>
    </div>
  );
  return (
    <>
      <KeepQueryLinks />
      <SwapSwitch canonical={heading(abiA, abiB)} swapped={heading(abiB, abiA)} />
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
      <SwapSwitch canonical={controls(abiA, abiB)} swapped={controls(abiB, abiA)} />
      <AbiDiffView head={head} />
    </>
  );
}
