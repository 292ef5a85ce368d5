"use client";

import { useDeferredModule } from "@/components/table-kit/use-deferred-module";
import { StaticSyscallTable } from "./static-syscall-table";
import type { SyscallTableProps } from "./table-props";

const loadLive = () => import("./live-syscall-table");

/**
 * The table page's client island. It renders (and hydrates) the pre-rendered default view;
 * once hydrated it loads the interactive table (URL state, search, filters, virtualized
 * rows) and swaps it in. Without JavaScript the default view is all there is.
 */
export function SyscallTable(props: SyscallTableProps) {
  const live = useDeferredModule(loadLive);
  return live ? <live.LiveSyscallTable {...props} /> : <StaticSyscallTable {...props} />;
}
