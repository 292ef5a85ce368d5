import type { ReactNode } from "react";

/** A table of the syscall page: one header row of column names; on phones it scrolls in its own box. */
export function PageTable({ testId, columns, children }: { testId: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <div className="table-scroll sc-scroll mt-2">
      <table className="data-table sc-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
