import { sourceUrl, type SourceTree } from "@/lib/data/links";
import type { SyscallViewRow } from "@/lib/data/syscall-view";

/** Where the prototype is defined, once per distinct location, at the kernel's exact tag. */
export function SourceLinks({ tree, rows }: { tree: SourceTree; rows: readonly SyscallViewRow[] }) {
  const byLocation = new Map<string, { file: string; line: number; abis: string[] }>();
  for (const o of rows) {
    const s = o.source;
    if (!s) continue;
    const key = `${s.file}:${s.line}`;
    const entry = byLocation.get(key) ?? { file: s.file, line: s.line, abis: [] };
    entry.abis.push(o.abi);
    byLocation.set(key, entry);
  }
  if (byLocation.size === 0) return <p className="mt-2 text-sm text-muted">No definition found in the sources.</p>;
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {[...byLocation.entries()].map(([key, loc]) => {
        const url = sourceUrl(tree, loc.file, loc.line);
        return (
          <li key={key}>
            {url ? (
              <a href={url} rel="noopener">
                {key}
              </a>
            ) : (
              key
            )}
            <span className="text-muted">{` (${byLocation.size === 1 ? "every ABI with a prototype" : loc.abis.join(", ")})`}</span>
          </li>
        );
      })}
    </ul>
  );
}
