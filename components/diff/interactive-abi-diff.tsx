"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useDeferredValue, useMemo } from "react";
import { diffAbis } from "@/lib/diff/abi-diff";
import { swapDiffPage, toDiffPage, type AbiDiffHead, type DiffPageData } from "@/lib/diff/page-model";
import type { ReasonKind } from "@/lib/diff/types";
import { SpacerBody, useWindowRows } from "@/components/table-kit/use-window-rows";
import { AbiDiffTable } from "./abi-diff-table";
import { abiDiffSources } from "./abi-diff-sources";
import { abiDiffParams, DIFF_URL_OPTIONS, type RowKind } from "./diff-params";
import { DiffRow } from "./diff-row";
import { DiffSummary } from "./diff-summary";
import { DiffToolbar } from "./diff-toolbar";
import { filterDiffRows } from "./filter-rows";
import { RowsStatus } from "./rows-status";
import { useAbiPair } from "./use-abi-files";
import { useHashRow } from "./use-hash-row";

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
const EMPTY: DiffPageData["rows"] = [];

/** The live ABI diff: rows computed here, URL state (filters, search, swap), virtualized rows. */
export function InteractiveAbiDiff({ head }: { head: AbiDiffHead }) {
  const [state, setState] = useQueryStates(abiDiffParams, DIFF_URL_OPTIONS);
  const src = abiDiffSources(head);
  const loaded = useAbiPair(src.urlA, src.urlB);
  // Swapped, the diff is computed the other way round, so every message reads in that order.
  const view: DiffPageData = useMemo(() => {
    if (loaded.state !== "ready") {
      const placeholder = { ...head, rows: EMPTY, eqReasons: [] };
      return state.swap ? swapDiffPage(placeholder) : placeholder;
    }
    const [a, b] = loaded.value;
    return toDiffPage(state.swap ? diffAbis(b, a) : diffAbis(a, b));
  }, [loaded, head, state.swap]);
  const query = useDeferredValue(state.q);
  const rows = useMemo(() => filterDiffRows(view.rows, { q: query, show: state.show, why: state.why }), [view.rows, query, state.show, state.why]);
  const sides = { kernel: view.kernel, abiA: view.abiA, abiB: view.abiB, eqReasons: view.eqReasons };

  const { virtualizer, tableRef, items, padTop, padBottom, scrollToRow } = useWindowRows(rows.length, (i) => rows[i]?.name ?? String(i), 40);
  const isRow = useCallback((name: string) => view.rows.some((r) => r.name === name), [view.rows]);
  const scrollTo = useCallback(
    (name: string) => {
      const i = rows.findIndex((r) => r.name === name);
      if (i >= 0) scrollToRow(i);
    },
    // On load and hash change only: the order at that moment is what counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scrollToRow, view.rows],
  );
  const target = useHashRow(isRow, scrollTo);

  return (
    <div>
      <DiffSummary
        summary={view.summary}
        abiA={view.abiA}
        abiB={view.abiB}
        show={state.show}
        why={state.why}
        onShow={(k: RowKind) => void setState({ show: toggle(state.show, k) })}
        onWhy={(k: ReasonKind) => void setState({ why: toggle(state.why, k) })}
      />
      <DiffToolbar
        q={state.q}
        onQuery={(q) => void setState({ q })}
        shown={rows.length}
        total={view.summary.total}
        swapLabel={`Show ${view.abiB} first`}
        onSwap={() => void setState({ swap: !state.swap })}
        onReset={state.show.length || state.why.length || state.q ? () => void setState({ show: [], why: [], q: "" }) : undefined}
      />
      {loaded.state !== "ready" ? (
        <RowsStatus
          message={loaded.state === "error" ? `Could not load the data: ${loaded.message}` : `Loading ${head.summary.total} syscalls…`}
          cli={src.cli}
          files={[]}
        />
      ) : (
        <AbiDiffTable abiA={view.abiA} abiB={view.abiB} tableRef={tableRef}>
          <SpacerBody height={padTop} />
          <tbody>
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <DiffRow key={row.name} row={row} sides={sides} interactive target={row.name === target} index={item.index} measureRef={virtualizer.measureElement} />
              );
            })}
          </tbody>
          <SpacerBody height={padBottom} />
        </AbiDiffTable>
      )}
      {loaded.state === "ready" && rows.length === 0 && <p className="p-4 text-muted">No syscall matches. Try fewer filters.</p>}
    </div>
  );
}
