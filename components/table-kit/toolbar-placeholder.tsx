/** The toolbar as pre-rendered: same footprint as the live one, controls not active yet. */
export function ToolbarPlaceholder({ total, noun = "syscalls" }: { total: number; noun?: string }) {
  return (
    <div className="mb-2 flex min-h-10 flex-wrap items-center gap-2">
      <input
        type="search"
        disabled
        aria-label={`Search ${noun} (needs JavaScript)`}
        placeholder="Search (needs JavaScript)"
        className="w-full max-w-md rounded border border-border bg-bg px-2 py-1"
      />
      <p className="text-sm text-muted">
        {total} {noun}
      </p>
    </div>
  );
}
