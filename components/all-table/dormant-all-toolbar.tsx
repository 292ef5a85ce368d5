"use client";

import type { RowFacets } from "@/components/table-kit/row-counts";
import { useDormantToolbar } from "@/components/table-kit/use-dormant-state";
import { ALL_DEFAULTS } from "@/lib/url-state/default-state";
import { allPatches } from "./all-handoff";
import type { AllAbiColumn } from "./all-table-props";
import { AllTableToolbar } from "./all-table-toolbar";

/**
 * The toolbar of the pre-rendered `all` table: the live toolbar's controls on local
 * state, disabled in the HTML, working once hydrated; changes go to the live table
 * (allPatches), which loads on that first touch.
 */
export function DormantAllToolbar({ abis, facets }: { abis: readonly AllAbiColumn[]; facets: RowFacets }) {
  const toolbar = useDormantToolbar(ALL_DEFAULTS, allPatches, facets);
  return <AllTableToolbar {...toolbar} abis={abis} />;
}
