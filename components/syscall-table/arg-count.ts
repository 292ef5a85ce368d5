import type { TableRow } from "@/lib/data/table-row";

/** Parameter count used by the argument-count filter; -1 when the prototype is unknown. */
export const argCount = (row: TableRow) => row.params?.length ?? -1;
