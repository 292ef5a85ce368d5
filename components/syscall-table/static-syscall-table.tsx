import { TABLE_COLUMNS } from "@/lib/url-state/table-values";
import { COLUMN_CLASS, COLUMN_LABEL } from "./column-layout";
import { DormantSyscallToolbar } from "./dormant-syscall-toolbar";
import { SyscallRowGroup } from "./syscall-row-group";
import type { SyscallTableProps } from "./table-props";

/** Rows in the first screen of the pre-rendered table; the rest is for readers without JS. */
export const FIRST_ROWS = 40;

/**
 * The default view, pre-rendered into the HTML: every row in number order with its
 * details (opened by the row anchor through CSS :target). The first rows are ordinary
 * markup (first paint, and what hydrates); the rest sits in <noscript>, so browsers with
 * JavaScript neither lay it out nor hydrate it (the interactive table replaces all of it),
 * while readers without JavaScript get every row.
 */
export function StaticSyscallTable({ rows, ...table }: SyscallTableProps) {
  const rest = rows.slice(FIRST_ROWS);
  return (
    <div>
      <DormantSyscallToolbar rows={rows} />
      <table className="data-table table-fixed">
        <thead>
          <tr>
            {TABLE_COLUMNS.map((c) => (
              <th key={c} scope="col" className={COLUMN_CLASS[c]}>
                <span className="inline-block py-1">{COLUMN_LABEL[c]}</span>
              </th>
            ))}
          </tr>
        </thead>
        {rows.slice(0, FIRST_ROWS).map((row) => (
          <SyscallRowGroup key={row.name} row={row} columns={TABLE_COLUMNS} table={table} />
        ))}
      </table>
      {rest.length > 0 && (
        <noscript>
          <table className="data-table table-fixed">
            {rest.map((row) => (
              <SyscallRowGroup key={row.name} row={row} columns={TABLE_COLUMNS} table={table} />
            ))}
          </table>
        </noscript>
      )}
    </div>
  );
}
