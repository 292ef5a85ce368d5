import { TABLE_COLUMNS } from "@/lib/url-state/table-params";
import { COLUMN_CLASS, COLUMN_LABEL } from "./column-layout";
import { SyscallRowGroup } from "./syscall-row-group";
import type { SyscallTableProps } from "./table-props";
import { ToolbarPlaceholder } from "@/components/table-kit/toolbar-placeholder";

/**
 * The default view, pre-rendered into the HTML: every row in number order with its
 * details (opened by the row anchor through CSS :target). Shown until the interactive
 * table takes over, and all there is without JavaScript.
 */
export function StaticSyscallTable({ rows, ...table }: SyscallTableProps) {
  return (
    <div>
      <ToolbarPlaceholder total={rows.length} />
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
        {rows.map((row) => (
          <SyscallRowGroup key={row.name} row={row} columns={TABLE_COLUMNS} table={table} />
        ))}
      </table>
    </div>
  );
}
