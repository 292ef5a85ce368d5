import type { TableRow } from "@/lib/data/table-row";
import type { AbiId } from "@/lib/schema/kernel-api";

/** What the server page hands the client island: plain, serializable data. */
export interface SyscallTableProps {
  kernel: string;
  /** Full kernel release, for source links at the exact tag. */
  release: string;
  /** Debian package version when source lines are Debian's tree's (SiteKernel.debianSource). */
  debianSource: string | null;
  abi: { id: AbiId; label: string; nrBase: number | null; returnRegister: string };
  rows: TableRow[];
}
