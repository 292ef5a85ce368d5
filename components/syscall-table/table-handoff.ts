import { createPatchHandoff } from "@/components/table-kit/patch-handoff";
import type { TableState } from "@/lib/url-state/default-state";

/** Changes made in the pre-rendered toolbar of the one-ABI table, for the live table. */
export const tablePatches = createPatchHandoff<TableState>();
