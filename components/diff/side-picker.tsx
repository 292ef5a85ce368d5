import { ABI_INFO } from "@/lib/abi-info";
import type { AbiId } from "@/lib/schema/kernel-api";
import { AbiLinkList } from "@/components/site/abi-link-list";
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
      <AbiLinkList abis={abis} current={current} exclude={exclude} href={href} />
    </PopoverMenu>
  );
}
