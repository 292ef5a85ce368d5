"use client";

import { useRef } from "react";
import { useLiveModule } from "@/components/table-kit/use-live-module";
import { fetchTableRows } from "@/lib/data/table-rows-file";
import { StaticSyscallTable } from "./static-syscall-table";
import { pickTableInfo, type SyscallIslandProps } from "./table-props";

/** The live table's code and every row, fetched together on first use. */
async function loadLive({ rowsUrl, kernel, abi }: SyscallIslandProps) {
  const [mod, rows] = await Promise.all([import("./live-syscall-table"), fetchTableRows(rowsUrl, kernel, abi.id)]);
  return { LiveSyscallTable: mod.LiveSyscallTable, rows };
}

/**
 * The table page's client island. It renders (and hydrates) the pre-rendered default view;
 * on first use (see useLiveModule) it loads the interactive table (URL state, search,
 * filters, virtualized rows) with every row and swaps it in. Without JavaScript the
 * default view is all there is.
 */
export function SyscallTable(props: SyscallIslandProps) {
  const root = useRef<HTMLDivElement>(null);
  const live = useLiveModule(() => loadLive(props), root);
  return (
    <div ref={root}>
      {live ? <live.LiveSyscallTable {...pickTableInfo(props)} rows={live.rows} /> : <StaticSyscallTable {...props} />}
    </div>
  );
}
