import { NO_JS_ROWS_ATTR } from "@/components/table-kit/no-js-rows-marker";
import { TABLE_COLUMNS } from "@/lib/url-state/table-values";
import { COLUMN_CLASS, COLUMN_LABEL } from "./column-layout";
import { DormantSyscallToolbar } from "./dormant-syscall-toolbar";
import { SyscallRowGroup } from "./syscall-row-group";
import { noJsRowsKey, pickTableInfo, type SyscallIslandProps } from "./table-props";

/**
 * The default view, pre-rendered into the HTML: every row in number order with its
 * details (opened by the row anchor through CSS :target). The first screen of rows is
 * ordinary markup (first paint, and what hydrates); the rest sits in <noscript>, filled in
 * after the build (table-kit/no-js-rows-marker.ts), so browsers with JavaScript neither
 * download the rows twice nor lay them out (the interactive table replaces all of it),
 * while readers without JavaScript get every row.
 */
export function StaticSyscallTable(props: SyscallIslandProps) {
  const { firstRows, facets } = props;
  const table = pickTableInfo(props);
  // Both tables carry the header: it sticks over the rows read without JavaScript too, and
  // gives those rows' cells their column names.
  const head = (
    <thead>
      <tr>
        {TABLE_COLUMNS.map((c) => (
          <th key={c} scope="col" className={COLUMN_CLASS[c]}>
            <span className="inline-block py-1">{COLUMN_LABEL[c]}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <div>
      <DormantSyscallToolbar facets={facets} />
      <table className="data-table table-fixed">
        {head}
        {firstRows.map((row) => (
          <SyscallRowGroup key={row.name} row={row} columns={TABLE_COLUMNS} table={table} />
        ))}
      </table>
      {facets.total > firstRows.length && (
        <noscript>
          <table className="data-table table-fixed">
            {head}
            <tbody {...{ [NO_JS_ROWS_ATTR]: noJsRowsKey(table) }} />
          </table>
        </noscript>
      )}
    </div>
  );
}
