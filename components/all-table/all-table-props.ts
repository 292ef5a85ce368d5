import type { AllRow } from "@/lib/data/all-matrix";
import type { AbiId } from "@/lib/schema/kernel-api";

export interface AllAbiColumn {
  id: AbiId;
  label: string;
  nrBase: number | null;
}

export interface AllTableProps {
  kernel: string;
  /** Column order = the order of each row's `nrs`. */
  abis: AllAbiColumn[];
  rows: AllRow[];
}
