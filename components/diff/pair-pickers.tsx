"use client";

import { diffPaths } from "@/lib/diff/diff-paths";
import type { AbiId } from "@/lib/schema/kernel-api";
import { SidePicker } from "./side-picker";

/**
 * The two ABI pickers of an ABI diff. A client component only so that the page's
 * serialized payload carries the short ABI list instead of 58 pre-built links (the
 * links are still in the pre-rendered HTML and work without JavaScript). `left` and
 * `right` are the sides as shown (swapped with ?swap=1); a pick keeps the other side.
 */
export function PairPickers({ kernel, abis, left, right }: { kernel: string; abis: readonly AbiId[]; left: AbiId; right: AbiId }) {
  return (
    <>
      <SidePicker side="Left" abis={abis} current={left} exclude={right} href={(a) => diffPaths.abisView(kernel, a, right)} />
      <SidePicker side="Right" abis={abis} current={right} exclude={left} href={(b) => diffPaths.abisView(kernel, left, b)} />
    </>
  );
}

/** The ABI picker of a kernel diff (client component for the same reason as PairPickers). */
export function KernelDiffAbiPicker({ from, to, abis, current }: { from: string; to: string; abis: readonly AbiId[]; current: AbiId }) {
  return <SidePicker side="ABI" abis={abis} current={current} exclude={current} href={(a) => diffPaths.kernelsView(from, to, a)} />;
}
