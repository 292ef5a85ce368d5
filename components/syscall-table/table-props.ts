import type { RowFacets } from "@/components/table-kit/row-counts";
import type { TableData } from "@/lib/data";
import type { TableRow } from "@/lib/data/table-row";
import type { AbiId } from "@/lib/schema/kernel-api";

/** Which table this is: what every row's cells and details need besides the row. */
export interface SyscallTableInfo {
  kernel: string;
  /** Full kernel release, for source links at the exact tag. */
  release: string;
  /** Debian package version when source lines are Debian's tree's (SiteKernel.debianSource). */
  debianSource: string | null;
  abi: { id: AbiId; label: string; nrBase: number | null; returnRegister: string };
}

/** The interactive table: every row. */
export interface SyscallTableProps extends SyscallTableInfo {
  rows: TableRow[];
}

/**
 * What the server page hands the client island: the first screen of rows and the
 * unfiltered facets. The interactive table fetches every row from `rowsUrl`, and the rows
 * for readers without JavaScript are put into the HTML after the build
 * (table-kit/no-js-rows-marker.ts), so neither travels as props.
 */
export interface SyscallIslandProps extends SyscallTableInfo {
  firstRows: TableRow[];
  facets: RowFacets;
  rowsUrl: string;
}

/** Rows in the first screen of the pre-rendered table; the rest is for readers without JS. */
export const FIRST_ROWS = 40;

/** The key of the table's marker for its rows without JavaScript. */
export const noJsRowsKey = (t: Pick<SyscallTableInfo, "kernel" | "abi">) => `${t.kernel}/${t.abi.id}`;

/** Just the table's facts, from props that carry more. */
export function pickTableInfo({ kernel, release, debianSource, abi }: SyscallTableInfo): SyscallTableInfo {
  return { kernel, release, debianSource, abi };
}

/** The table's facts from its data (the server page and the post-build rows share this). */
export function syscallTableInfo({ kernel, abi }: Pick<TableData, "kernel" | "abi">): SyscallTableInfo {
  return {
    kernel: kernel.id,
    release: kernel.release,
    debianSource: kernel.debianSource,
    abi: { id: abi.id, label: abi.label, nrBase: abi.nrBase ?? null, returnRegister: abi.returnRegister },
  };
}
