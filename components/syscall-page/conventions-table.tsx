import type { AbiInfo } from "@/lib/abi-info";
import { PageTable } from "./page-table";

/** How each ABI enters the kernel and reports errors (from lib/abi-info). */
export function ConventionsTable({ infos }: { infos: readonly AbiInfo[] }) {
  return (
    <PageTable testId="conventions" columns={["ABI", "Trap", "Number in", "Arguments in", "Result in", "Errors"]}>
      {infos.map((i) => (
        <tr key={i.id}>
          <th scope="row">{i.label}</th>
          <td>
            <code>{i.trap}</code>
          </td>
          <td>
            <code>{i.nrRegister}</code>
          </td>
          <td>
            <code>{i.argRegisters.join(" ")}</code>
          </td>
          <td>
            <code>{i.returnRegister}</code>
          </td>
          <td>{i.errors}</td>
        </tr>
      ))}
    </PageTable>
  );
}
