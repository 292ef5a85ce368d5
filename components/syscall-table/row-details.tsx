import { signatureWithRegisters } from "@/lib/data/asm-snippet";
import { manUrl, paths, sourceUrl } from "@/lib/data/links";
import { hex, type TableRow } from "@/lib/data/table-row";
import type { SyscallTableInfo } from "./table-props";

/**
 * The details of one row: in the HTML for every row, shown for the row that is open. The
 * pre-rendered table always shows the signature column, so its details leave out the
 * signature (`withSignature`); the interactive table can hide that column.
 */
export function RowDetails({
  row,
  colSpan,
  table,
  withSignature,
}: {
  row: TableRow;
  colSpan: number;
  table: SyscallTableInfo;
  withSignature: boolean;
}) {
  const src = row.source ? sourceUrl(table, row.source.file, row.source.line) : null;
  return (
    <tr className="row-details">
      <td colSpan={colSpan}>
        {withSignature && <pre>{signatureWithRegisters(row.name, row.returnType ?? null, row.params)}</pre>}
        <p>
          {`Number ${row.nr} (${hex(row.nr)}) · entry `}
          <code>{row.entry ?? "none"}</code>
          {row.compatEntry && (
            <>
              {" · compat entry "}
              <code>{row.compatEntry}</code>
            </>
          )}
          {" · returns in "}
          <code>{table.abi.returnRegister}</code>
          {row.since && ` · since Linux ${row.since}`}
        </p>
        {(row.notes ?? []).map((n) => (
          <p key={n}>{`Note: ${n}`}</p>
        ))}
        <p className="links">
          <a href={`${paths.syscall(table.kernel, row.name)}#${table.abi.id}`}>{`${row.name} on every ABI`}</a>
          {src && row.source && (
            <a href={src} rel="noopener">{`Source: ${row.source.file}:${row.source.line}`}</a>
          )}
          {row.man && (
            <a href={manUrl(row.name)} rel="noopener">{`man ${row.name}(2)`}</a>
          )}
        </p>
      </td>
    </tr>
  );
}
