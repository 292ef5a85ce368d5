import { createPatchHandoff } from "@/components/table-kit/patch-handoff";
import type { AllState } from "@/lib/url-state/default-state";

/** Changes made in the pre-rendered toolbar of the `all` table, for the live table. */
export const allPatches = createPatchHandoff<AllState>();
