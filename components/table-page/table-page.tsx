import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { KeepQueryLinks } from "@/components/site/keep-query-links";
import { argCount } from "@/components/syscall-table/arg-count";
import { SyscallTable } from "@/components/syscall-table/syscall-table";
import { FIRST_ROWS, syscallTableInfo } from "@/components/syscall-table/table-props";
import { rowFacets } from "@/components/table-kit/row-counts";
import { getKernels, type TableData } from "@/lib/data";
import { paths } from "@/lib/data/links";
import { CompareMenu } from "./compare-menu";
import { AbiPicker, KernelPicker } from "./pickers";

/** /linux/<kernel>/<abi>/: heading, calling convention summary, pickers, the table. */
export function TablePage({ data }: { data: TableData }) {
  const { kernel, abi, rows } = data;
  const kernels = getKernels();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Home", href: paths.home() },
          { label: `Linux ${kernel.id}`, href: paths.kernel(kernel.id) },
          { label: abi.label },
        ]}
      />
      <h1 className="mt-1 text-2xl font-semibold">
        {abi.label} system calls <span className="text-muted">· Linux {kernel.release}</span>
      </h1>
      {kernel.preview && <p className="text-sm text-muted">Preview kernel: numbers may still change before release.</p>}
      <p className="mt-1 text-sm">
        <code>{abi.trap}</code> with the number in <code>{abi.nrRegister}</code>, arguments in{" "}
        <code>{abi.argRegisters.join(", ")}</code>, result in <code>{abi.returnRegister}</code>; errors:{" "}
        {abi.errors}. {abi.wordBits}-bit, {abi.endian}-endian.
      </p>
      <div className="my-3 flex flex-wrap items-center gap-3">
        <KernelPicker
          kernels={kernels}
          current={kernel.id}
          href={(k) => (data.kernelsWithAbi.includes(k) ? paths.table(k, abi.id) : null)}
        />
        <AbiPicker
          abis={kernel.abis.map((a) => a.abi)}
          current={abi.id}
          href={(a) => paths.table(kernel.id, a)}
          extra={{ label: "All ABIs side by side", href: paths.all(kernel.id) }}
        />
        <CompareMenu kernel={kernel} abi={abi.id} kernelsWithAbi={kernels.filter((k) => data.kernelsWithAbi.includes(k.id))} />
        <span className="text-sm">
          Data: <a href={paths.apiTable(kernel.id, abi.id, "json")}>JSON</a> ·{" "}
          <a href={paths.apiTable(kernel.id, abi.id, "csv")}>CSV</a>
        </span>
      </div>
      <KeepQueryLinks />
      <SyscallTable
        {...syscallTableInfo(data)}
        firstRows={rows.slice(0, FIRST_ROWS)}
        facets={rowFacets(rows, argCount)}
        rowsUrl={paths.tableRows(kernel.id, abi.id)}
      />
    </>
  );
}
