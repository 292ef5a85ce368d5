import type { SiteKernel } from "@/lib/data";
import { ABI_INFO } from "@/lib/abi-info";
import type { AbiId } from "@/lib/schema/kernel-api";
import { PopoverMenu } from "@/components/table-kit/popover-menu";

/** One side's ABI as a disclosure menu of links (the current one and `exclude` are not links). */
export function SidePicker({
  side,
  abis,
  current,
  exclude,
  href,
}: {
  side: string;
  abis: readonly AbiId[];
  current: AbiId;
  exclude: AbiId;
  href: (abi: AbiId) => string;
}) {
  return (
    <PopoverMenu label={<>{side}: {ABI_INFO.get(current)?.label ?? current}</>} testId={`picker-${side.toLowerCase().replace(/\s+/g, "-")}`}>
      <ul className="grid grid-cols-2 gap-x-2 text-sm">
        {abis.map((a) => (
          <li key={a}>
            {a === current ? (
              <span aria-current="page" className="font-semibold">
                {a}
              </span>
            ) : a === exclude ? (
              <span className="text-muted">{a}</span>
            ) : (
              <a href={href(a)}>{a}</a>
            )}
          </li>
        ))}
      </ul>
    </PopoverMenu>
  );
}

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
  kernels: readonly SiteKernel[];
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
