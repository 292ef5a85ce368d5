import type { AbiDiffHead } from "@/lib/diff/page-model";
import { ToolbarPlaceholder } from "@/components/table-kit/toolbar-placeholder";
import { abiDiffSources } from "./abi-diff-sources";
import { DiffSummary } from "./diff-summary";
import { RowsStatus } from "./rows-status";

/** The pre-rendered view: the counts (computed at build time) and where the rows come from. */
export function StaticAbiDiff({ head }: { head: AbiDiffHead }) {
  const src = abiDiffSources(head);
  return (
    <div>
      <DiffSummary summary={head.summary} abiA={head.abiA} abiB={head.abiB} />
      <ToolbarPlaceholder total={head.summary.total} />
      <RowsStatus
        message={`Loading ${head.summary.total} syscalls…`}
        cli={src.cli}
        files={[
          { label: `${head.abiA}.json`, href: src.urlA },
          { label: `${head.abiB}.json`, href: src.urlB },
        ]}
      />
    </div>
  );
}
