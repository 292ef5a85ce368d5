"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense } from "react";
import type { AllTableProps } from "./all-table-props";
import { InteractiveAllTable } from "./interactive-all-table";
import { StaticAllTable } from "./static-all-table";

/** The `all` page's client island; the pre-rendered default view is the fallback. */
export function AllTable(props: AllTableProps) {
  return (
    <NuqsAdapter>
      <Suspense fallback={<StaticAllTable {...props} />}>
        <InteractiveAllTable {...props} />
      </Suspense>
    </NuqsAdapter>
  );
}
