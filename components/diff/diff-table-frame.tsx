import type { ReactNode, Ref } from "react";

/**
 * The frame of a diff table: a header row naming the two sides (ABIs or kernels) between
 * the syscall and the verdict columns; rows go in `children`.
 */
export function DiffTableFrame({
  testId,
  sides,
  verdict,
  details,
  children,
  tableRef,
}: {
  testId: string;
  sides: readonly [string, string];
  verdict: string;
  details: string;
  children: ReactNode;
  tableRef?: Ref<HTMLTableElement> | undefined;
}) {
  return (
    <div className="table-scroll">
      <table ref={tableRef} className="data-table diff-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">Syscall</th>
            {sides.map((side, i) => (
              <th key={i} scope="col" className="n">
                {side}
              </th>
            ))}
            <th scope="col">{verdict}</th>
            <th scope="col">{details}</th>
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
