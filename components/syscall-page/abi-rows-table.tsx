import { abiInfo } from "@/lib/abi-info";
import { paths } from "@/lib/data/links";
import type { SyscallViewRow } from "@/lib/data/syscall-view";
import { sinceBounds } from "@/lib/data/since-range";
import { hex } from "@/lib/data/table-row";
import { cParam } from "@/components/syscall-table/syscall-cells";
import { AbiCopyButtons } from "./abi-copy-buttons";
import { PageTable } from "./page-table";

function Registers({ row }: { row: SyscallViewRow }) {
  const info = abiInfo(row.abi);
  return (
    <code>
      <span className="p">
        <i className="reg">{info.nrRegister}</i>
        {`= ${row.nr}`}
      </span>
      {row.params === null ? (
        <span className="ni"> arguments unknown</span>
      ) : (
        row.params.map((p, i) => (
          <span className="p" key={`${p.name}${i}`}>
            <i className="reg">{p.regs.join(":")}</i>
            {cParam(p)}
          </span>
        ))
      )}
      <span className="p">
        {"→ "}
        <i className="reg">{info.returnRegister}</i>
      </span>
    </code>
  );
}

/** What a range or an unknown in the "since" column means (a plain version needs no hint). */
function sinceHint(since: string | null): string | undefined {
  if (since === null) return "unknown: the manual pages and the kernels read do not say";
  const { from, to } = sinceBounds(since);
  return from === to ? undefined : `first in one of the releases ${from} to ${to}; the sources read cannot say which`;
}

/** One row per ABI (anchor #<abi>): number, registers per argument, entry, since, copy. */
export function AbiRowsTable({ kernel, name, rows }: { kernel: string; name: string; rows: readonly SyscallViewRow[] }) {
  return (
    <PageTable testId="abi-rows" columns={["ABI", "Number", "Registers", "Entry point", "Since", "Copy"]}>
      {rows.map((row) => (
        <tr key={row.abi} id={row.abi}>
          <th scope="row">
            <a href={`${paths.table(kernel, row.abi)}#${name}`}>{abiInfo(row.abi).label}</a>
            <span className="cx">{row.abi}</span>
          </th>
          <td>
            {`${row.nr} `}
            <span className="hex">{hex(row.nr)}</span>
          </td>
          <td>
            <Registers row={row} />
          </td>
          <td>
            <code>{row.entry ?? "none"}</code>
            {row.compatEntry && <span className="cx">{`compat: ${row.compatEntry}`}</span>}
            {!row.implemented && <span className="cx">not implemented</span>}
          </td>
          <td title={sinceHint(row.since)}>{row.since ?? "?"}</td>
          <td>
            <AbiCopyButtons
              abi={row.abi}
              name={name}
              nr={row.nr}
              params={row.params}
              returnType={row.returnType}
              permalink={`${paths.syscall(kernel, name)}#${row.abi}`}
            />
          </td>
        </tr>
      ))}
    </PageTable>
  );
}
