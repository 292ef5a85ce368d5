import { PopoverMenu } from "@/components/table-kit/popover-menu";
import type { SiteKernel } from "@/lib/data";
import { diffPaths, isCanonicalKernelPair } from "@/lib/diff/diff-paths";
import type { AbiId } from "@/lib/schema/kernel-api";

/**
 * "Compare" menu of a table page: this ABI against another ABI at the same kernel, and
 * this ABI at another kernel (the diff pages). Plain links, so it works without script.
 */
export function CompareMenu({ kernel, abi, kernelsWithAbi }: { kernel: SiteKernel; abi: AbiId; kernelsWithAbi: readonly SiteKernel[] }) {
  const others = kernel.abis.map((a) => a.abi).filter((a) => a !== abi);
  const otherKernels = kernelsWithAbi.filter((k) => k.id !== kernel.id);
  return (
    <PopoverMenu label="Compare" testId="compare-menu">
      <p className="text-xs text-muted">{abi} against another ABI at Linux {kernel.id}</p>
      <ul className="mb-2 grid grid-cols-2 gap-x-2 text-sm">
        {others.map((b) => (
          <li key={b}>
            <a href={diffPaths.abis(kernel.id, abi, b)}>vs {b}</a>
          </li>
        ))}
      </ul>
      {otherKernels.length > 0 && (
        <>
          <p className="text-xs text-muted">{abi} between two kernels</p>
          <ul className="text-sm">
            {otherKernels.map((k) => {
              const [from, to] = isCanonicalKernelPair(k.id, kernel.id) ? [k.id, kernel.id] : [kernel.id, k.id];
              return (
                <li key={k.id}>
                  <a href={diffPaths.kernels(from, to, abi)}>
                    {from} → {to}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </PopoverMenu>
  );
}
