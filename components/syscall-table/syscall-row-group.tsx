import { memo, type ReactNode, type Ref } from "react";
import type { TableRow } from "@/lib/data/table-row";
import type { TableColumnId } from "@/lib/url-state/table-params";
import { COLUMN_CLASS } from "./column-layout";
import { CategoriesCell, EntryCell, NameCell, NumberCell, SignatureCell } from "./syscall-cells";
import { RowDetails } from "./row-details";
import type { SyscallTableInfo } from "./table-props";

export function cellFor(col: TableColumnId, row: TableRow, open?: boolean, onToggle?: (name: string) => void): ReactNode {
  switch (col) {
    case "nr":
      return <NumberCell nr={row.nr} />;
    case "name":
      return <NameCell row={row} open={open} onToggle={onToggle} />;
    case "sig":
      return <SignatureCell params={row.params} />;
    case "entry":
      return <EntryCell row={row} />;
    case "cat":
      return <CategoriesCell categories={row.categories} />;
  }
}

interface Props {
  row: TableRow;
  columns: readonly TableColumnId[];
  table: SyscallTableInfo;
  /** Interactive table: whether the details are open (undefined: pre-rendered, CSS :target decides). */
  open?: boolean;
  onToggle?: (name: string) => void;
  index?: number;
  measureRef?: Ref<HTMLTableSectionElement>;
}

/** One syscall: its row and its details, in a <tbody> whose id is the row anchor. */
export const SyscallRowGroup = memo(function SyscallRowGroup({ row, columns, table, open, onToggle, index, measureRef }: Props) {
  const showDetails = open === undefined || open;
  return (
    <tbody
      id={row.name}
      className="row-group"
      data-open={open ? "" : undefined}
      data-index={index}
      ref={measureRef}
    >
      <tr>
        {columns.map((c) => (
          <td key={c} className={COLUMN_CLASS[c]}>
            {cellFor(c, row, open, onToggle)}
          </td>
        ))}
      </tr>
      {showDetails && <RowDetails row={row} colSpan={columns.length} table={table} withSignature={open !== undefined} />}
    </tbody>
  );
});
