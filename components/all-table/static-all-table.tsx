import { ToolbarPlaceholder } from "@/components/table-kit/toolbar-placeholder";
import { AllRowView } from "./all-row";
import { AllTableHead } from "./all-table-head";
import type { AllTableProps } from "./all-table-props";

/** Pre-rendered default view of the `all` table: every name, every ABI. */
export function StaticAllTable({ kernel, abis, rows }: AllTableProps) {
  const cols = abis.map((_, i) => i);
  return (
    <div>
      <ToolbarPlaceholder total={rows.length} />
      <div className="all-scroll">
        <table className="data-table all-table">
          <AllTableHead abis={abis} sort={null} />
          <tbody>
            {rows.map((r) => (
              <AllRowView key={r.name} row={r} cols={cols} kernel={kernel} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
