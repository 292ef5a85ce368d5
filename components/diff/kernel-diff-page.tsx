import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ABI_INFO } from "@/lib/abi-info";
import type { KernelDiffPage as PageData } from "@/lib/data/diff-pages";
import { paths } from "@/lib/data/links";
import { diffPaths } from "@/lib/diff/diff-paths";
import { KernelLinks } from "@/components/site/kernel-links";
import { KernelDiffAbiPicker } from "./pair-pickers";
import { KernelDiffView } from "./kernel-diff-view";
import { KeepQueryLinks } from "@/components/site/keep-query-links";
import type { SiteKernel } from "@/lib/data";
import { kernelDiffTitle } from "./diff-titles";
import { DocumentTitle, SwapSwitch } from "./swap-switch";

/** /linux/<from>..<to>/<abi>/: one ABI between two kernels (`?swap=1`: read from newer to older). */
export function KernelDiffPage({ page }: { page: PageData }) {
  const { from, to, kernels, head } = page;
  const abi = head.abi;
  const withAbi = kernels.filter((k) => k.abis.some((a) => a.abi === abi));
  const label = ABI_INFO.get(abi)?.label ?? abi;
  const both = kernels.filter((k) => k.id === from.id || k.id === to.id);
  const sharedAbis = (both[0]?.abis ?? []).map((a) => a.abi).filter((a) => both.every((k) => k.abis.some((x) => x.abi === a)));
  // From and to as shown: older to newer, or the other way round with ?swap=1.
  const heading = (f: SiteKernel, t: SiteKernel) => (
    <>
      <DocumentTitle title={kernelDiffTitle(abi, f.id, t.id)} />
      <Breadcrumbs
        items={[
          { label: "Home", href: paths.home() },
          { label: `${label}`, href: paths.table(t.id, abi) },
          { label: `Linux ${f.id} → ${t.id}` },
        ]}
      />
      <h1 className="mt-1 text-2xl font-semibold" data-testid="diff-title">
        {label} system calls from Linux {f.release} to {t.release}
      </h1>
    </>
  );
  const controls = (f: string, t: string) => (
    <div className="my-3 flex flex-wrap items-center gap-3">
      <KernelLinks label="From" kernels={withAbi} current={f} href={(k) => (k === t ? null : diffPaths.kernelsView(k, t, abi))} testId="from-picker" keepQuery="q,show" />
      <KernelLinks label="To" kernels={withAbi} current={t} href={(k) => (k === f ? null : diffPaths.kernelsView(f, k, abi))} testId="to-picker" keepQuery="q,show" />
      <KernelDiffAbiPicker from={f} to={t} abis={sharedAbis} current={abi} />
      <span className="text-sm">
        Tables: <a className="underline" href={paths.table(f, abi)}>{f}</a> ·{" "}
        <a className="underline" href={paths.table(t, abi)}>{t}</a>
      </span>
    </div>
  );
  return (
    <>
      <KeepQueryLinks />
      <SwapSwitch canonical={heading(from, to)} swapped={heading(to, from)} />
      {(from.preview || to.preview) && <p className="text-sm text-muted">A preview kernel is involved: numbers may still change before release.</p>}
      <p className="mt-1 max-w-3xl text-sm">
        Syscalls added, removed (or left as a reserved sys_ni_syscall slot), renumbered, given a new signature (parameter
        types or sizes) or moved to another entry point. Unchanged syscalls are hidden; the filter shows them.
      </p>
      <SwapSwitch canonical={controls(from.id, to.id)} swapped={controls(to.id, from.id)} />
      <KernelDiffView head={head} />
    </>
  );
}
