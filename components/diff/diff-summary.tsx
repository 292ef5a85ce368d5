import type { DiffSummary as Summary } from "@/lib/diff/types";
import { REASON_KINDS, type ReasonKind } from "@/lib/diff/types";
import { REASON_LABEL, rowKindLabel } from "./diff-labels";
import { ROW_KINDS, type RowKind } from "./diff-params";

const countOf = (s: Summary, k: RowKind): number =>
  k === "only-a" ? s.onlyOnA : k === "only-b" ? s.onlyOnB : k === "translate" ? s.verdicts["needs-translation"] : s.verdicts[k];

interface Props {
  summary: Summary;
  abiA: string;
  abiB: string;
  /** Interactive: the active filters and how to toggle them (absent when pre-rendered). */
  show?: readonly RowKind[];
  why?: readonly ReasonKind[];
  onShow?: (k: RowKind) => void;
  onWhy?: (k: ReasonKind) => void;
}

function Chip({ label, count, kind, active, onClick }: { label: string; count: number; kind: string; active?: boolean; onClick?: () => void }) {
  const body = (
    <>
      <span className="ct">{count}</span> {label}
    </>
  );
  if (!onClick)
    return (
      <li className={`chip v-${kind}`} data-kind={kind}>
        {body}
      </li>
    );
  return (
    <li>
      <button type="button" className={`chip v-${kind}`} aria-pressed={active} onClick={onClick} data-kind={kind}>
        {body}
      </button>
    </li>
  );
}

/** Counts per kind of row and per kind of reason; in the live page they are the filters. */
export function DiffSummary({ summary, abiA, abiB, show = [], why = [], onShow, onWhy }: Props) {
  return (
    <div className="diff-summary" data-testid="diff-summary">
      <ul aria-label="Syscalls by verdict" className="chips">
        {ROW_KINDS.map((k) => (
          <Chip key={k} kind={k} label={rowKindLabel(k, abiA, abiB)} count={countOf(summary, k)} active={show.includes(k)} onClick={onShow && (() => onShow(k))} />
        ))}
      </ul>
      {summary.verdicts["needs-translation"] > 0 && (
        <ul aria-label="Translations by reason" className="chips">
          {REASON_KINDS.filter((k) => summary.reasons[k] > 0).map((k) => (
            <Chip key={k} kind={`r-${k}`} label={REASON_LABEL[k]} count={summary.reasons[k]} active={why.includes(k)} onClick={onWhy && (() => onWhy(k))} />
          ))}
        </ul>
      )}
    </div>
  );
}
