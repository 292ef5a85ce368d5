import { AllRowView } from "./all-row";
import { DormantAllToolbar } from "./dormant-all-toolbar";
import { abiColWidth, AllTableHead, NAME_COL_WIDTH } from "./all-table-head";
import type { AllIslandProps } from "./all-table-props";
import { NO_JS_ROWS_ATTR } from "@/components/table-kit/no-js-rows-marker";

/**
 * Pre-rendered default view of the `all` table: the first screen of rows is ordinary
 * markup (first paint); the rest, for readers without JavaScript, sits in <noscript>,
 * filled in after the build (table-kit/no-js-rows-marker.ts), so browsers with JavaScript neither
 * download it twice nor lay out ~20,000 cells that the interactive table replaces anyway.
 */
export function StaticAllTable({ kernel, abis, firstRows, facets }: AllIslandProps) {
  const cols = abis.map((_, i) => i);
  const width = abis.reduce((n, a) => n + abiColWidth(a), NAME_COL_WIDTH);
  // Both tables get the same column widths and header row (the header sticks over the rows
  // read without JavaScript too, and names their cells).
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
      <DormantAllToolbar abis={abis} facets={facets} />
      <div className="all-scroll">
        <table className="data-table all-table" style={{ width }}>
          {colgroup}
          <AllTableHead abis={abis} cols={cols} sort={null} />
          <tbody>
            {firstRows.map((r) => (
              <AllRowView key={r.name} row={r} cols={cols} kernel={kernel} />
            ))}
          </tbody>
        </table>
        {facets.total > firstRows.length && (
          <noscript>
            <table className="data-table all-table" style={{ width }}>
              {colgroup}
              <AllTableHead abis={abis} cols={cols} sort={null} />
              <tbody {...{ [NO_JS_ROWS_ATTR]: kernel }} />
            </table>
          </noscript>
        )}
      </div>
    </div>
  );
}
