import type { AllRow } from "@/lib/data/all-matrix";

/** Argument count used by the argument-count filter; -1 when no ABI has a prototype. */
export const allArgCount = (r: AllRow) => r.argc ?? -1;
