"use client";

import type { RowFacets } from "@/components/table-kit/row-counts";
import { useDormantToolbar } from "@/components/table-kit/use-dormant-state";
import { TABLE_DEFAULTS } from "@/lib/url-state/default-state";
import { canonicalColumns } from "@/lib/url-state/table-values";
import { SyscallTableToolbar } from "./syscall-table-toolbar";
import { tablePatches } from "./table-handoff";

/**
 * The toolbar of the pre-rendered table: the live toolbar's controls on local state,
 * disabled in the HTML, working once hydrated; what a reader changes here is handed to
 * the live table (tablePatches), which loads on that first touch.
 */
export function DormantSyscallToolbar({ facets }: { facets: RowFacets }) {
  const toolbar = useDormantToolbar(TABLE_DEFAULTS, tablePatches, facets);
  return <SyscallTableToolbar {...toolbar} visible={canonicalColumns(toolbar.state.cols)} />;
}
