import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { KeepQueryLinks } from "@/components/site/keep-query-links";
import { AbiPicker, KernelPicker } from "@/components/table-page/pickers";
import { ABI_INFO } from "@/lib/abi-info";
import { getKernels, type AllTableData } from "@/lib/data";
import { paths } from "@/lib/data/links";
import { rowFacets } from "@/components/table-kit/row-counts";
import { allArgCount } from "./all-arg-count";
import { AllTable } from "./all-table";
import { ALL_FIRST_ROWS } from "./all-table-props";

/** /linux/<kernel>/all/: every syscall name against every ABI's number. */
export function AllPage({ data }: { data: AllTableData }) {
  const { kernel, abis, rows } = data;
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Home", href: paths.home() }, { label: `Linux ${kernel.id}`, href: paths.kernel(kernel.id) }, { label: "All ABIs" }]}
      />
      <h1 className="mt-1 text-2xl font-semibold">
        Every ABI side by side <span className="text-muted">· Linux {kernel.release}</span>
      </h1>
      <p className="mt-1 text-sm">
        Numbers per ABI; <span className="text-muted">—</span> means the ABI has no such syscall, a faded number a slot
        without implementation. Names link to the syscall on every ABI.
      </p>
      <div className="my-3 flex flex-wrap items-center gap-3">
        <KernelPicker kernels={getKernels()} current={kernel.id} href={(k) => paths.all(k)} />
        <AbiPicker abis={abis} current={null} href={(a) => paths.table(kernel.id, a)} />
      </div>
      <KeepQueryLinks />
      <AllTable
        kernel={kernel.id}
        abis={abis.map((a) => ({ id: a, label: ABI_INFO.get(a)?.label ?? a, nrBase: ABI_INFO.get(a)?.nrBase ?? null }))}
        firstRows={rows.slice(0, ALL_FIRST_ROWS)}
        facets={rowFacets(rows, allArgCount)}
        rowsUrl={paths.allRows(kernel.id)}
      />
    </>
  );
}
