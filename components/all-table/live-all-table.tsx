"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { AllTableProps } from "./all-table-props";
import { InteractiveAllTable } from "./interactive-all-table";

/** The interactive `all` table with its URL-state adapter: loaded on first use. */
export function LiveAllTable(props: AllTableProps) {
  return (
    <NuqsAdapter>
      <InteractiveAllTable {...props} />
    </NuqsAdapter>
  );
}
