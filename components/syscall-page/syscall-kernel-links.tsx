import { KernelLinks } from "@/components/site/kernel-links";
import { paths } from "@/lib/data/links";

/** The same syscall at the other kernels (those that have it). */
export function SyscallKernelLinks({
  name,
  current,
  kernels,
}: {
  name: string;
  current: string;
  kernels: readonly { id: string; preview: boolean; has: boolean }[];
}) {
  const has = new Set(kernels.filter((k) => k.has).map((k) => k.id));
  return (
    <div className="my-3">
      <KernelLinks label="Kernel" kernels={kernels} current={current} href={(k) => (has.has(k) ? paths.syscall(k, name) : null)} />
    </div>
  );
}
