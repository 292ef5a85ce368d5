"use client";

import { useRef } from "react";
import { useLiveModule } from "@/components/table-kit/use-live-module";
import { StaticSyscallTable } from "./static-syscall-table";
import type { SyscallTableProps } from "./table-props";

const loadLive = () => import("./live-syscall-table");

/**
 * The table page's client island. It renders (and hydrates) the pre-rendered default view;
 * on first use (see useLiveModule) it loads the interactive table (URL state, search,
 * filters, virtualized rows) and swaps it in. Without JavaScript the default view is all
 * there is.
 */
export function SyscallTable(props: SyscallTableProps) {
  const root = useRef<HTMLDivElement>(null);
  const live = useLiveModule(loadLive, root);
  return <div ref={root}>{live ? <live.LiveSyscallTable {...props} /> : <StaticSyscallTable {...props} />}</div>;
}
