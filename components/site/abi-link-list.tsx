import type { AbiId } from "@/lib/schema/kernel-api";

/**
 * ABIs as a two-column list of links: the current one marked, `exclude` (the other side of
 * a diff) shown but not a link. `keepQuery`: see KeepQueryLinks.
 */
export function AbiLinkList({
  abis,
  current,
  exclude,
  href,
  keepQuery,
  first,
}: {
  abis: readonly AbiId[];
  current: AbiId | null;
  exclude?: AbiId;
  href: (abi: AbiId) => string;
  keepQuery?: string;
  /** An item before the ABIs, across both columns. */
  first?: { label: string; href: string };
}) {
  return (
    <ul className="grid grid-cols-2 gap-x-2 text-sm">
      {first && (
        <li className="col-span-2">
          <a href={first.href} data-keep-query={keepQuery}>
            {first.label}
          </a>
        </li>
      )}
      {abis.map((a) => (
        <li key={a}>
          {a === current ? (
            <span aria-current="page" className="font-semibold">
              {a}
            </span>
          ) : a === exclude ? (
            <span className="text-muted">{a}</span>
          ) : (
            <a href={href(a)} data-keep-query={keepQuery}>
              {a}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
