import type { Ref } from "react";
import type { DiffPageRow } from "@/lib/diff/page-model";
import type { AbiId } from "@/lib/schema/kernel-api";
import { CopyButton } from "@/components/site/copy-button";
import { rowKindLabel } from "./diff-labels";
import { rowKind } from "./row-kind";

export interface DiffSides {
  kernel: string;
  abiA: AbiId;
  abiB: AbiId;
  eqReasons: readonly string[];
}

const tableHref = (kernel: string, abi: AbiId, name: string) => `/linux/${kernel}/${abi}/#${name}`;

function Num({ nr, href }: { nr: number | null; href?: string }) {
  if (nr === null) return <span className="dn">—</span>;
  return href ? <a href={href}>{nr}</a> : <>{nr}</>;
}

function Details({ row, sides }: { row: DiffPageRow; sides: DiffSides }) {
  const other = row.nrA === null ? sides.abiA : sides.abiB;
  return (
    <>
      {row.verdict === "missing" &&
        (row.eq.length ? (
          <ul>
            {row.eq.map(([name, nr, why]) => (
              <li key={name}>
                <a href={tableHref(sides.kernel, other, name)} className="nm">
                  {name}
                </a>{" "}
                ({nr}) on {other}: {sides.eqReasons[why]}
              </li>
            ))}
          </ul>
        ) : (
          <p className="dm">No equivalent on {other} is known.</p>
        ))}
      {row.reasons.length > 0 && (
        <ul>
          {row.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {row.caveats.map((c) => (
        <p key={c} className="dm">
          {c}
        </p>
      ))}
    </>
  );
}

/**
 * One syscall of an ABI diff. Pre-rendered rows are plain; the interactive table adds
 * links from the numbers to each ABI's table and a copy-permalink button.
 */
export function DiffRow({
  row,
  sides,
  interactive = false,
  target = false,
  index,
  measureRef,
}: {
  row: DiffPageRow;
  sides: DiffSides;
  interactive?: boolean;
  /** The row the URL hash names (the interactive table marks it; CSS :target cannot). */
  target?: boolean;
  index?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}) {
  const kind = rowKind(row);
  return (
    <tr id={row.name} data-kind={kind} data-target={target ? "" : undefined} data-index={index} ref={measureRef}>
      <td>
        <a href={`#${row.name}`} className="nm">
          {row.name}
        </a>
        {interactive && (
          <CopyButton
            label="Copy link"
            className="copy-link"
            text={() => `${window.location.origin}${window.location.pathname}${window.location.search}#${row.name}`}
          />
        )}
      </td>
      <td className="n">
        <Num nr={row.nrA} href={interactive ? tableHref(sides.kernel, sides.abiA, row.name) : undefined} />
      </td>
      <td className="n">
        <Num nr={row.nrB} href={interactive ? tableHref(sides.kernel, sides.abiB, row.name) : undefined} />
      </td>
      <td>
        <span className={`v v-${kind}`}>{rowKindLabel(kind, sides.abiA, sides.abiB)}</span>
      </td>
      <td className="dt">
        <Details row={row} sides={sides} />
      </td>
    </tr>
  );
}
