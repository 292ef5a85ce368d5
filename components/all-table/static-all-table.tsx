import { AllRowView } from "./all-row";
import { DormantAllToolbar } from "./dormant-all-toolbar";
import { abiColWidth, AllTableHead, NAME_COL_WIDTH } from "./all-table-head";
import type { AllTableProps } from "./all-table-props";

/** Rows in the first screen of the pre-rendered table; the rest is for readers without JS. */
const FIRST_ROWS = 40;

/**
 * Pre-rendered default view of the `all` table: every name, every ABI. The first rows are
 * ordinary markup (first paint); the rest sits in <noscript>, so browsers with JavaScript
 * do not lay out ~20,000 cells that the interactive table replaces anyway.
 */
export function StaticAllTable({ kernel, abis, rows }: AllTableProps) {
  const cols = abis.map((_, i) => i);
  const width = abis.reduce((n, a) => n + abiColWidth(a), NAME_COL_WIDTH);
  const rest = rows.slice(FIRST_ROWS);
  // Both tables get the same column widths (the second one has no header row to take them from).
  const colgroup = (
    <colgroup>
      <col style={{ width: NAME_COL_WIDTH }} />
      {abis.map((a) => (
        <col key={a.id} style={{ width: abiColWidth(a) }} />
      ))}
    </colgroup>
  );
  return (
    <div>
      <DormantAllToolbar abis={abis} rows={rows} />
      <div className="all-scroll">
        <table className="data-table all-table" style={{ width }}>
          {colgroup}
          <AllTableHead abis={abis} cols={cols} sort={null} />
          <tbody>
            {rows.slice(0, FIRST_ROWS).map((r) => (
              <AllRowView key={r.name} row={r} cols={cols} kernel={kernel} />
            ))}
          </tbody>
        </table>
        {rest.length > 0 && (
          <noscript>
            <table className="data-table all-table" style={{ width }}>
              {colgroup}
              <tbody>
                {rest.map((r) => (
                  <AllRowView key={r.name} row={r} cols={cols} kernel={kernel} />
                ))}
              </tbody>
            </table>
          </noscript>
        )}
      </div>
    </div>
  );
}
