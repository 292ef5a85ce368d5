/**
 * The kernels the atlas covers, as Debian packages. `npm run data:extract -- all`
 * regenerates exactly these. 7.3 is a release candidate (7.3~rc7 in experimental).
 */
export interface KernelPackage {
  kernel: string;
  package: string;
}

export const KERNEL_PACKAGES: readonly KernelPackage[] = [
  { kernel: "5.10", package: "linux-source-5.10" },
  { kernel: "6.1", package: "linux-source-6.1" },
  { kernel: "6.12", package: "linux-source-6.12" },
  { kernel: "7.2", package: "linux-source-7.2" },
  { kernel: "7.3", package: "linux-source-7.3" },
];
