import { ABI_INFO } from "@/lib/abi-info";
import type { SiteKernel } from "@/lib/data";
import type { AbiId } from "@/lib/schema/kernel-api";
import { AbiLinkList } from "@/components/site/abi-link-list";
import { KernelLinks } from "@/components/site/kernel-links";
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
  return <KernelLinks label="Kernel" kernels={kernels} current={current} href={href} keepQuery="" />;
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
      <AbiLinkList abis={abis} current={current} href={href} keepQuery="" {...(extra ? { first: extra } : {})} />
    </PopoverMenu>
  );
}
