import type { ReactNode } from "react";
import { DiffTableFrame } from "./diff-table-frame";

/** The frame of a kernel diff table: header row naming both kernels; rows go in `children`. */
export function KernelDiffTable({ from, to, children }: { from: string; to: string; children: ReactNode }) {
  return (
    <DiffTableFrame testId="kernel-diff-table" sides={[from, to]} verdict="Change" details="Details">
      {children}
    </DiffTableFrame>
  );
}
