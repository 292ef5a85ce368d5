import type { AbiInfo } from "@/lib/abi-info";

/** How each ABI enters the kernel and reports errors (from lib/abi-info). */
export function ConventionsTable({ infos }: { infos: readonly AbiInfo[] }) {
  return (
    <div className="table-scroll mt-2">
      <table className="data-table sc-table" data-testid="conventions">
        <thead>
          <tr>
            <th scope="col">ABI</th>
            <th scope="col">Trap</th>
            <th scope="col">Number in</th>
            <th scope="col">Arguments in</th>
            <th scope="col">Result in</th>
            <th scope="col">Errors</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
