/**
 * The kernels the atlas covers, as Debian packages. `npm run data:extract -- all`
 * regenerates exactly these. 7.3 is a release candidate (7.3~rc7 in experimental).
 *
 * Versions are pinned to the newest one the archive's indexes list whose source package
 * (Debian's patch series) it also serves: the extractor undoes the patches, so source lines
 * are upstream's and link Bootlin's Elixir at the release tag. The newest binary packages of
 * 6.1 and 6.12 had no downloadable source package when these were chosen (2026-11-23);
 * syscall tables do not change within a stable series. 7.2 (7.2.12-1, 7.2.13-1 listed) and
 * 7.3 (one version) have none at all: they take the newest version, and their links go to
 * Debian's own tree (the manifest says so in `input.debianLines`). Re-check with
 * `npm run data:extract -- all` when the archive moves on.
 */
export interface KernelPackage {
  kernel: string;
  package: string;
  /** Debian version to fetch; absent: the newest the archive has. */
  version?: string;
}

export const KERNEL_PACKAGES: readonly KernelPackage[] = [
  { kernel: "5.10", package: "linux-source-5.10", version: "5.10.223-1" },
  { kernel: "6.1", package: "linux-source-6.1", version: "6.1.187-1" },
  { kernel: "6.12", package: "linux-source-6.12", version: "6.12.107-1" },
  { kernel: "7.2", package: "linux-source-7.2" },
  { kernel: "7.3", package: "linux-source-7.3" },
];

/** The extractor's input for a kernel: `linux-source-6.12=6.12.107-1` when pinned. */
export function packageSpec(k: KernelPackage): string {
  return k.version ? `${k.package}=${k.version}` : k.package;
}

export function kernelPackage(series: string): KernelPackage | undefined {
  return KERNEL_PACKAGES.find((k) => k.kernel === series);
}
