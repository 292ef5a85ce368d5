import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ABI_INFO } from "@/lib/abi-info";
import type { KernelDiffPage as PageData } from "@/lib/data/diff-pages";
import { paths } from "@/lib/data/links";
import { diffPaths } from "@/lib/diff/diff-paths";
import { KernelLinks } from "./diff-pickers";
import { KernelDiffAbiPicker } from "./pair-pickers";
import { KernelDiffView } from "./kernel-diff-view";

/** /linux/<from>..<to>/<abi>/: one ABI between two kernels. */
export function KernelDiffPage({ page }: { page: PageData }) {
  const { from, to, kernels, head } = page;
  const abi = head.abi;
  const withAbi = kernels.filter((k) => k.abis.some((a) => a.abi === abi));
  const label = ABI_INFO.get(abi)?.label ?? abi;
  const both = kernels.filter((k) => k.id === from.id || k.id === to.id);
  const sharedAbis = (both[0]?.abis ?? []).map((a) => a.abi).filter((a) => both.every((k) => k.abis.some((x) => x.abi === a)));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Home", href: paths.home() },
          { label: `${label}`, href: paths.table(to.id, abi) },
          { label: `Linux ${from.id} → ${to.id}` },
        ]}
      />
      <h1 className="mt-1 text-2xl font-semibold">
        {label} system calls from Linux {from.release} to {to.release}
      </h1>
      {(from.preview || to.preview) && <p className="text-sm text-muted">A preview kernel is involved: numbers may still change before release.</p>}
      <p className="mt-1 max-w-3xl text-sm">
        Syscalls added, removed (or left as a reserved sys_ni_syscall slot), renumbered, given a new signature (parameter
        types or sizes) or moved to another entry point. Unchanged syscalls are hidden; the filter shows them.
      </p>
      <div className="my-3 flex flex-wrap items-center gap-3">
        <KernelLinks label="From" kernels={withAbi} current={from.id} href={(k) => (k === to.id ? null : diffPaths.kernelsView(k, to.id, abi))} testId="from-picker" />
        <KernelLinks label="To" kernels={withAbi} current={to.id} href={(k) => (k === from.id ? null : diffPaths.kernelsView(from.id, k, abi))} testId="to-picker" />
        <KernelDiffAbiPicker from={from.id} to={to.id} abis={sharedAbis} current={abi} />
        <span className="text-sm">
          Tables: <a className="underline" href={paths.table(from.id, abi)}>{from.id}</a> ·{" "}
          <a className="underline" href={paths.table(to.id, abi)}>{to.id}</a>
        </span>
      </div>
      <KernelDiffView head={head} />
    </>
  );
}
