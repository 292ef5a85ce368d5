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
  return (
    <nav aria-label="Kernel" className="my-3 flex flex-wrap items-center gap-1 text-sm">
      <span className="text-muted">Kernel:</span>
      {kernels.map((k) => {
        const label = `${k.id}${k.preview ? " (preview)" : ""}`;
        if (k.id === current)
          return (
            <span key={k.id} aria-current="page" className="rounded bg-fg px-2 py-0.5 text-bg">
              {label}
            </span>
          );
        if (!k.has) return null;
        return (
          <a key={k.id} href={paths.syscall(k.id, name)} className="rounded border border-border px-2 py-0.5">
            {label}
          </a>
        );
      })}
    </nav>
  );
}
