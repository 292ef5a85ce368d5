"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { InteractiveSyscallTable } from "./interactive-syscall-table";
import type { SyscallTableProps } from "./table-props";

/** The interactive table with its URL-state adapter: loaded on first use. */
export function LiveSyscallTable(props: SyscallTableProps) {
  return (
    <NuqsAdapter>
      <InteractiveSyscallTable {...props} />
    </NuqsAdapter>
  );
}
