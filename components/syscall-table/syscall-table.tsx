"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense } from "react";
import { InteractiveSyscallTable } from "./interactive-syscall-table";
import { StaticSyscallTable } from "./static-syscall-table";
import type { SyscallTableProps } from "./table-props";

/**
 * The table page's client island. The interactive table reads the URL (search, filters,
 * sort), which a static export only knows in the browser; until it renders, and without
 * JavaScript, the pre-rendered default view (the Suspense fallback) is what shows.
 */
export function SyscallTable(props: SyscallTableProps) {
  return (
    <NuqsAdapter>
      <Suspense fallback={<StaticSyscallTable {...props} />}>
        <InteractiveSyscallTable {...props} />
      </Suspense>
    </NuqsAdapter>
  );
}
