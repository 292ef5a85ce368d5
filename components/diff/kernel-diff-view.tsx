"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useQueryStates } from "nuqs";
import { Suspense, useCallback, useDeferredValue, useMemo } from "react";
import { paths } from "@/lib/data/links";
import { diffKernels } from "@/lib/diff/kernel-diff";
import { swapKernelDiffPage, toKernelDiffPage, type KernelDiffHead, type KernelDiffPageData } from "@/lib/diff/page-model";
import { ToolbarPlaceholder } from "@/components/table-kit/toolbar-placeholder";
import { DIFF_URL_OPTIONS, kernelDiffParams } from "./diff-params";
import { DiffToolbar } from "./diff-toolbar";
import { filterKernelRows, type KernelRowKind } from "./filter-rows";
import { KernelDiffRow } from "./kernel-diff-row";
import { KernelDiffSummary } from "./kernel-diff-summary";
import { KernelDiffTable } from "./kernel-diff-table";
import { RowsStatus } from "./rows-status";
import { useAbiPair } from "./use-abi-files";
import { useHashRow } from "./use-hash-row";
import "./diff.css";

const EMPTY: KernelDiffPageData["rows"] = [];
const changed = (c: KernelDiffHead["counts"]) => c.added + c.removed + c.renumbered + c.resignatured + c["entry-changed"];

function sources(head: KernelDiffHead) {
  return {
    urlFrom: paths.apiTable(head.from, head.abi, "json"),
    urlTo: paths.apiTable(head.to, head.abi, "json"),
    cli: `npm run atlas -- kernel-diff ${head.abi} ${head.from}..${head.to} --format md`,
  };
}

/** Pre-rendered: the counts (computed at build time) and where the rows come from. */
function StaticKernelDiff({ head }: { head: KernelDiffHead }) {
  const src = sources(head);
  return (
    <div>
      <KernelDiffSummary counts={head.counts} />
      <ToolbarPlaceholder total={changed(head.counts)} noun="changed syscalls" />
      <RowsStatus
        message={
          <>
            The rows need JavaScript: they are computed in the browser from the {head.abi} tables of{" "}
            <a href={src.urlFrom}>{head.from}</a> and <a href={src.urlTo}>{head.to}</a> (API JSON files).
          </>
        }
        cli={src.cli}
        files={[
          { label: `${head.from}/${head.abi}.json`, href: src.urlFrom },
          { label: `${head.to}/${head.abi}.json`, href: src.urlTo },
        ]}
      />
    </div>
  );
}

function InteractiveKernelDiff({ head }: { head: KernelDiffHead }) {
  const [state, setState] = useQueryStates(kernelDiffParams, DIFF_URL_OPTIONS);
  const src = sources(head);
  const loaded = useAbiPair(src.urlFrom, src.urlTo);
  // Read backwards, the diff is computed from the newer kernel to the older one.
  const view: KernelDiffPageData = useMemo(() => {
    if (loaded.state !== "ready") {
      const placeholder = { ...head, rows: EMPTY };
      return state.swap ? swapKernelDiffPage(placeholder) : placeholder;
    }
    const [from, to] = loaded.value;
    return toKernelDiffPage(state.swap ? diffKernels(to, from) : diffKernels(from, to));
  }, [loaded, head, state.swap]);
  const query = useDeferredValue(state.q);
  const rows = useMemo(() => filterKernelRows(view.rows, { q: query, show: state.show }), [view.rows, query, state.show]);
  const isRow = useCallback((name: string) => view.rows.some((r) => r.name === name), [view.rows]);
  const reveal = useCallback(
    (name: string) => {
      // An unchanged syscall is hidden by default: a link to one shows the unchanged ones.
      const row = view.rows.find((r) => r.name === name);
      if (row && row.changes.length === 0 && state.show.length > 0 && !state.show.includes("unchanged"))
        void setState({ show: [...state.show, "unchanged"] });
      else if (row && row.changes.length === 0 && state.show.length === 0)
        void setState({ show: ["added", "removed", "renumbered", "resignatured", "entry-changed", "unchanged"] });
      requestAnimationFrame(() => document.getElementById(name)?.scrollIntoView({ block: "start" }));
    },
    // On load and hash change only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view.rows],
  );
  const target = useHashRow(isRow, reveal);
  const toggle = (k: KernelRowKind) => void setState({ show: state.show.includes(k) ? state.show.filter((x) => x !== k) : [...state.show, k] });
  return (
    <div>
      <KernelDiffSummary counts={view.counts} show={state.show} onShow={toggle} />
      <DiffToolbar
        q={state.q}
        onQuery={(q) => void setState({ q })}
        shown={rows.length}
        total={state.show.length ? view.rows.length : changed(view.counts)}
        swapLabel={`Read from ${view.to} to ${view.from}`}
        onSwap={() => void setState({ swap: !state.swap })}
        onReset={state.show.length || state.q ? () => void setState({ show: [], q: "" }) : undefined}
      />
      {loaded.state !== "ready" ? (
        <RowsStatus message={loaded.state === "error" ? `Could not load the data: ${loaded.message}` : "Loading…"} cli={src.cli} files={[]} />
      ) : (
        <KernelDiffTable from={view.from} to={view.to}>
          <tbody>
            {rows.map((r) => (
              <KernelDiffRow key={r.name} row={r} target={r.name === target} />
            ))}
          </tbody>
        </KernelDiffTable>
      )}
      {loaded.state === "ready" && rows.length === 0 && <p className="p-4 text-muted">No syscall matches.</p>}
    </div>
  );
}

/** The kernel diff's client island (see AbiDiffView for the pattern). */
export function KernelDiffView({ head }: { head: KernelDiffHead }) {
  return (
    <NuqsAdapter>
      <Suspense fallback={<StaticKernelDiff head={head} />}>
        <InteractiveKernelDiff head={head} />
      </Suspense>
    </NuqsAdapter>
  );
}
