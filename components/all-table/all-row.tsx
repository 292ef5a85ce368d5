import type { AllRow } from "@/lib/data/all-matrix";
import { paths } from "@/lib/data/links";

/** One name across the shown ABI columns (`cols` are indexes into the row's numbers). */
export function AllRowView({ row, cols, kernel, index, measureRef }: {
  row: AllRow;
  cols: readonly number[];
  kernel: string;
  index?: number;
  measureRef?: (el: HTMLTableRowElement | null) => void;
}) {
  return (
    <tr id={row.name} data-index={index} ref={measureRef}>
      <th scope="row" className="c-name">
        <a href={paths.syscall(kernel, row.name)} className="nm">
          {row.name}
        </a>
      </th>
      {cols.map((c) => {
        const nr = row.nrs[c];
        if (nr === null || nr === undefined) return <td key={c} className="na">—</td>;
        return (
          <td key={c} className={row.ni.includes(c) ? "ni" : undefined} title={row.ni.includes(c) ? "not implemented" : undefined}>
            {nr}
          </td>
        );
      })}
    </tr>
  );
}
