"use client";

import { useDormantToolbar } from "@/components/table-kit/use-dormant-state";
import type { AllRow } from "@/lib/data/all-matrix";
import { ALL_DEFAULTS } from "@/lib/url-state/default-state";
import { allArgCount } from "./all-arg-count";
import { allPatches } from "./all-handoff";
import type { AllAbiColumn } from "./all-table-props";
import { AllTableToolbar } from "./all-table-toolbar";

/**
 * The toolbar of the pre-rendered `all` table: the live toolbar's controls on local
 * state, disabled in the HTML, working once hydrated; changes go to the live table
 * (allPatches), which loads on that first touch.
 */
export function DormantAllToolbar({ abis, rows }: { abis: readonly AllAbiColumn[]; rows: readonly AllRow[] }) {
  const toolbar = useDormantToolbar(ALL_DEFAULTS, allPatches, rows, allArgCount);
  return <AllTableToolbar {...toolbar} abis={abis} />;
}
