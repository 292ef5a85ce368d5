"use client";

import { useRef } from "react";
import { useLiveModule } from "@/components/table-kit/use-live-module";
import { fetchAllRows } from "@/lib/data/all-rows-file";
import type { AllIslandProps } from "./all-table-props";
import { StaticAllTable } from "./static-all-table";

/** The live table's code and every row, fetched together on first use. */
async function loadLive({ rowsUrl, abis }: AllIslandProps) {
  const [mod, rows] = await Promise.all([import("./live-all-table"), fetchAllRows(rowsUrl, abis.map((a) => a.id))]);
  return { LiveAllTable: mod.LiveAllTable, rows };
}

/** The `all` page's client island: the pre-rendered view, then (on first use) the interactive table. */
export function AllTable(props: AllIslandProps) {
  const root = useRef<HTMLDivElement>(null);
  const live = useLiveModule(() => loadLive(props), root);
  return (
    <div ref={root}>
      {live ? <live.LiveAllTable kernel={props.kernel} abis={props.abis} rows={live.rows} /> : <StaticAllTable {...props} />}
    </div>
  );
}
