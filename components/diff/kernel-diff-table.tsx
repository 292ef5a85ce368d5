import type { ReactNode } from "react";

export function KernelDiffTable({ from, to, children }: { from: string; to: string; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="data-table diff-table" data-testid="kernel-diff-table">
        <thead>
          <tr>
            <th scope="col">Syscall</th>
            <th scope="col" className="n">
              {from}
            </th>
            <th scope="col" className="n">
              {to}
            </th>
            <th scope="col">Change</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
