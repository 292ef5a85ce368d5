"use client";

import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { CopyButton } from "@/components/site/copy-button";
import { abiInfo } from "@/lib/abi-info";
import type { SyscallView as View } from "@/lib/data/syscall-view";
import { manUrl, paths } from "@/lib/data/links";
import { AbiRowsTable } from "./abi-rows-table";
import { ConventionsTable } from "./conventions-table";
import { SignatureGroups } from "./signature-groups";
import { SourceLinks } from "./source-links";
import { SyscallKernelLinks } from "./syscall-kernel-links";

/**
 * /linux/<kernel>/syscalls/<name>/: one syscall on every ABI of one kernel. A client
 * component on purpose: the page payload then carries the compact view model instead of
 * a serialized element tree, which keeps ~2,700 of these pages small on disk.
 */
export function SyscallView({ view }: { view: View }) {
  const { kernel, name, rows } = view;
  return (
    <article>
      <Breadcrumbs
        items={[
          { label: "Home", href: paths.home() },
          { label: `Linux ${kernel.id}`, href: paths.kernel(kernel.id) },
          { label: "All ABIs", href: paths.all(kernel.id) },
          { label: name },
        ]}
      />
      <h1 className="mt-1 font-mono text-2xl font-semibold">
        {name} <span className="font-sans text-muted">{`· Linux ${kernel.release}`}</span>
      </h1>
      {kernel.preview && <p className="text-sm text-muted">Preview kernel: numbers may still change before release.</p>}
      <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm">
        {`On ${rows.length} of ${kernel.abiCount} ABIs · categories: ${view.categories.join(", ")}`}
        {view.man && (
          <>
            {" · "}
            <a href={manUrl(name)} rel="noopener">{`man ${name}(2)`}</a>
          </>
        )}
        <CopyButton label="Copy permalink" text={paths.syscall(kernel.id, name)} absolute />
      </p>
      <SyscallKernelLinks name={name} current={kernel.id} kernels={view.kernels} />
      <h2 className="mt-4 text-xl font-semibold">Signature</h2>
      <SignatureGroups name={name} groups={view.signatures} />
      {view.notes.map((n) => (
        <p key={n} className="mt-1 text-sm">{`Note: ${n}`}</p>
      ))}
      <h2 className="mt-6 text-xl font-semibold">Per ABI</h2>
      <AbiRowsTable kernel={kernel.id} name={name} rows={rows} />
      {view.missing.length > 0 && (
        <p className="mt-2 text-sm">{`Not on: ${view.missing.map((a) => abiInfo(a).label).join(", ")}.`}</p>
      )}
      <h2 className="mt-6 text-xl font-semibold">Definition</h2>
      <SourceLinks tree={kernel} rows={rows} />
      <h2 className="mt-6 text-xl font-semibold">Calling conventions</h2>
      <ConventionsTable infos={rows.map((r) => abiInfo(r.abi))} />
    </article>
  );
}
