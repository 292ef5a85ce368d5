import type { MetadataRoute } from "next";
import { getKernels, getSyscallNames } from "@/lib/data";
import { listAbiDiffParams, listKernelDiffParams } from "@/lib/data/diff-pages";
import { paths } from "@/lib/data/links";
import { diffPaths } from "@/lib/diff/diff-paths";
import { siteOrigin } from "@/lib/data/site-origin";

export const dynamic = "force-static";

/** Every pinned page (the /latest/ redirects and reverse-order diff redirects are left out: they point here). */
export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteOrigin();
  const urls = [paths.home()];
  for (const k of getKernels()) {
    urls.push(paths.kernel(k.id), paths.all(k.id));
    for (const a of k.abis) urls.push(paths.table(k.id, a.abi));
    for (const name of getSyscallNames(k.id)) urls.push(paths.syscall(k.id, name));
  }
  for (const d of listAbiDiffParams()) urls.push(diffPaths.abis(d.kernel, d.abiA, d.abiB));
  for (const d of listKernelDiffParams()) {
    const [from, to] = d.kernel.split("..") as [string, string];
    urls.push(diffPaths.kernels(from, to, d.abi));
  }
  return urls.map((u) => ({ url: origin + u }));
}
