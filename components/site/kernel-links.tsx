/**
 * A kernel as a row of links; kernels that do not qualify are left out. `keepQuery`: the
 * links carry the page's query along (see KeepQueryLinks; "" = all of it, or a
 * comma-separated list of parameters).
 */
export function KernelLinks({
  label,
  kernels,
  current,
  href,
  testId,
  keepQuery,
}: {
  label: string;
  kernels: readonly { id: string; preview: boolean }[];
  current: string;
  href: (kernel: string) => string | null;
  testId?: string;
  keepQuery?: string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1 text-sm" data-testid={testId}>
      <span className="text-muted">{label}:</span>
      {kernels.map((k) => {
        const text = `${k.id}${k.preview ? " (preview)" : ""}`;
        if (k.id === current)
          return (
            <span key={k.id} aria-current="page" className="rounded bg-fg px-2 py-0.5 text-bg">
              {text}
            </span>
          );
        const target = href(k.id);
        return target ? (
          <a key={k.id} href={target} data-keep-query={keepQuery} className="rounded border border-border px-2 py-0.5">
            {text}
          </a>
        ) : null;
      })}
    </nav>
  );
}
