import type { ReactNode } from "react";

/** A disclosure menu (<details>): works with the keyboard and without extra script. */
export function PopoverMenu({ label, children, testId }: { label: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <details className="relative" data-testid={testId}>
      <summary className="cursor-pointer list-none rounded border border-border px-2 py-1 text-sm hover:bg-surface">
        {label} <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute z-10 mt-1 max-h-96 w-64 max-w-[calc(100vw-2rem)] overflow-auto rounded border border-border bg-bg p-2 shadow-lg">
        {children}
      </div>
    </details>
  );
}
