import type { ReactNode } from "react";

/** The frame of an ABI diff table: header row naming both sides; rows go in `children`. */
export function AbiDiffTable({ abiA, abiB, children, tableRef }: { abiA: string; abiB: string; children: ReactNode; tableRef?: React.Ref<HTMLTableElement> }) {
  return (
    <div className="table-scroll">
      <table ref={tableRef} className="data-table diff-table" data-testid="diff-table">
        <thead>
          <tr>
            <th scope="col">Syscall</th>
            <th scope="col" className="n">
              {abiA}
            </th>
            <th scope="col" className="n">
              {abiB}
            </th>
            <th scope="col">Verdict</th>
            <th scope="col">Why / equivalents</th>
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
