"use client";

import { useDeferredModule } from "@/components/table-kit/use-deferred-module";
import type { AllTableProps } from "./all-table-props";
import { StaticAllTable } from "./static-all-table";

const loadLive = () => import("./live-all-table");

/** The `all` page's client island: the pre-rendered view, then the interactive table. */
export function AllTable(props: AllTableProps) {
  const live = useDeferredModule(loadLive);
  return live ? <live.LiveAllTable {...props} /> : <StaticAllTable {...props} />;
}
