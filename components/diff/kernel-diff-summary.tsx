import type { KernelDiffPageData } from "@/lib/diff/page-model";
import { KERNEL_CHANGE_KINDS } from "@/lib/diff/types";
import { CHANGE_LABEL } from "./diff-labels";
import type { KernelRowKind } from "./filter-rows";

const KINDS: readonly KernelRowKind[] = [...KERNEL_CHANGE_KINDS, "unchanged"];

/** Counts per kind of change; in the live page they toggle the filters. */
export function KernelDiffSummary({
  counts,
  show = [],
  onShow,
}: {
  counts: KernelDiffPageData["counts"];
  show?: readonly KernelRowKind[];
  onShow?: (k: KernelRowKind) => void;
}) {
  return (
    <div className="diff-summary" data-testid="diff-summary">
      <ul aria-label="Syscalls by change" className="chips">
        {KINDS.map((k) => {
          const body = (
            <>
              <span className="ct">{counts[k]}</span> {CHANGE_LABEL[k]}
            </>
          );
          return onShow ? (
            <li key={k}>
              <button type="button" className={`chip v-${k}`} aria-pressed={show.includes(k)} onClick={() => onShow(k)} data-kind={k}>
                {body}
              </button>
            </li>
          ) : (
            <li key={k} className={`chip v-${k}`} data-kind={k}>
              {body}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
