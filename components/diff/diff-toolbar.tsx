"use client";

import { CopyButton } from "@/components/site/copy-button";
import { SearchBox } from "@/components/table-kit/search-box";

/** Search, swap sides, reset, copy a link to this exact view, and how many rows show. */
export function DiffToolbar({
  q,
  onQuery,
  shown,
  total,
  swapLabel,
  onSwap,
  onReset,
}: {
  q: string;
  onQuery: (q: string) => void;
  shown: number;
  total: number;
  swapLabel: string;
  onSwap: () => void;
  onReset?: () => void;
}) {
  return (
    <div className="mb-2 flex min-h-10 flex-wrap items-center gap-2">
      <SearchBox value={q} onChange={onQuery} placeholder="Search by name or number" />
      <button type="button" onClick={onSwap} className="rounded border border-border px-2 py-1 text-sm hover:bg-surface" data-testid="swap-sides">
        ⇄ {swapLabel}
      </button>
      {onReset && (
        <button type="button" onClick={onReset} className="rounded border border-border px-2 py-1 text-sm hover:bg-surface">
          Clear filters
        </button>
      )}
      <CopyButton label="Copy permalink" text={() => window.location.href} />
      <p className="text-sm text-muted" aria-live="polite" data-testid="diff-count">
        {shown === total ? `${total} syscalls` : `${shown} of ${total} syscalls`}
      </p>
    </div>
  );
}
