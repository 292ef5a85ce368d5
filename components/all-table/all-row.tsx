import { memo } from "react";
import type { AllRow } from "@/lib/data/all-matrix";
import { paths } from "@/lib/data/links";

/** Height of every row in px (`.all-table tr` in app/styles/all-table.css sets the same). */
export const ALL_ROW_HEIGHT = 28;

/** One name across the shown ABI columns (`cols` are indexes into the row's numbers). */
export const AllRowView = memo(function AllRowView({
  row,
  cols,
  kernel,
  index,
  padLeft = false,
  padRight = false,
}: {
  row: AllRow;
  cols: readonly number[];
  kernel: string;
  index?: number;
  /** Empty cells standing in for columns scrolled out of view (interactive table). */
  padLeft?: boolean;
  padRight?: boolean;
}) {
  return (
    <tr id={row.name} data-index={index}>
      <th scope="row" className="c-name">
        <a href={paths.syscall(kernel, row.name)} className="nm">
          {row.name}
        </a>
      </th>
      {padLeft && <td aria-hidden="true" />}
      {cols.map((c) => {
        const nr = row.nrs[c];
        if (nr === null || nr === undefined) return <td key={c} className="na">—</td>;
        return (
          <td key={c} className={row.ni.includes(c) ? "ni" : undefined} title={row.ni.includes(c) ? "not implemented" : undefined}>
            {nr}
          </td>
        );
      })}
      {padRight && <td aria-hidden="true" />}
    </tr>
  );
});
