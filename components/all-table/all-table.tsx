"use client";

import { useRef } from "react";
import { useLiveModule } from "@/components/table-kit/use-live-module";
import type { AllTableProps } from "./all-table-props";
import { StaticAllTable } from "./static-all-table";

const loadLive = () => import("./live-all-table");

/** The `all` page's client island: the pre-rendered view, then (on first use) the interactive table. */
export function AllTable(props: AllTableProps) {
  const root = useRef<HTMLDivElement>(null);
  const live = useLiveModule(loadLive, root);
  return <div ref={root}>{live ? <live.LiveAllTable {...props} /> : <StaticAllTable {...props} />}</div>;
}
