import { ABI_INFO } from "@/lib/abi-info";
import type { SiteKernel } from "@/lib/data";
import type { AbiId } from "@/lib/schema/kernel-api";
import { PopoverMenu } from "@/components/table-kit/popover-menu";

/** Kernel choice as a row of links (the current one marked); kernels without the target are skipped. */
export function KernelPicker({
  kernels,
  current,
  href,
}: {
  kernels: readonly SiteKernel[];
  current: string;
  href: (kernel: string) => string | null;
}) {
  return (
    <nav aria-label="Kernel" className="flex flex-wrap items-center gap-1 text-sm">
      <span className="text-muted">Kernel:</span>
      {kernels.map((k) => {
        const target = href(k.id);
        const label = `${k.id}${k.preview ? " (preview)" : ""}`;
        if (k.id === current)
          return (
            <span key={k.id} aria-current="page" className="rounded bg-fg px-2 py-0.5 text-bg">
              {label}
            </span>
          );
        if (!target) return null;
        return (
          <a key={k.id} href={target} data-keep-query="" className="rounded border border-border px-2 py-0.5">
            {label}
          </a>
        );
      })}
    </nav>
  );
}

/** ABI choice as a disclosure menu of links. */
export function AbiPicker({
  abis,
  current,
  href,
  extra,
}: {
  abis: readonly AbiId[];
  current: AbiId | null;
  href: (abi: AbiId) => string;
  extra?: { label: string; href: string };
}) {
  const label = current ? (ABI_INFO.get(current)?.label ?? current) : "All ABIs";
  return (
    <PopoverMenu label={<>ABI: {label}</>} testId="abi-picker">
      <ul className="grid grid-cols-2 gap-x-2 text-sm">
        {extra && (
          <li className="col-span-2">
            <a href={extra.href} data-keep-query="">
              {extra.label}
            </a>
          </li>
        )}
        {abis.map((a) => (
          <li key={a}>
            {a === current ? (
              <span aria-current="page" className="font-semibold">
                {a}
              </span>
            ) : (
              <a href={href(a)} data-keep-query="">
                {a}
              </a>
            )}
          </li>
        ))}
      </ul>
    </PopoverMenu>
  );
}
