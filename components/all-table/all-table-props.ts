import type { RowFacets } from "@/components/table-kit/row-counts";
import type { AllRow } from "@/lib/data/all-matrix";
import type { AbiId } from "@/lib/schema/kernel-api";

export interface AllAbiColumn {
  id: AbiId;
  label: string;
  nrBase: number | null;
}

/** The interactive table: every row. */
export interface AllTableProps {
  kernel: string;
  /** Column order = the order of each row's `nrs`. */
  abis: AllAbiColumn[];
  rows: AllRow[];
}

/**
 * The page's island: the first screen of rows and the unfiltered facets; the interactive
 * table fetches every row from `rowsUrl`, and the rows for readers without JavaScript are
 * put into the HTML after the build (see NO_JS_ROWS_ATTR), so neither travels as props.
 */
export interface AllIslandProps {
  kernel: string;
  abis: AllAbiColumn[];
  firstRows: AllRow[];
  facets: RowFacets;
  rowsUrl: string;
}

/**
 * Rows in the first screen of the pre-rendered table: what a 1280x900 screen shows of the
 * scroll box (and more than a phone's). Every row is ~30 elements to hydrate: 40 rows made
 * the mobile Lighthouse score ~1 point lower (TBT) over ten runs each.
 */
export const ALL_FIRST_ROWS = 24;
