import type { MetadataRoute } from "next";
import { getKernels, getSyscallNames } from "@/lib/data";
import { paths } from "@/lib/data/links";
import { siteOrigin } from "@/lib/data/site-origin";

export const dynamic = "force-static";

/** Every pinned page (the /latest/ redirects are left out: they point here). */
export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteOrigin();
  const urls = [paths.home()];
  for (const k of getKernels()) {
    urls.push(paths.kernel(k.id), paths.all(k.id));
    for (const a of k.abis) urls.push(paths.table(k.id, a.abi));
    for (const name of getSyscallNames(k.id)) urls.push(paths.syscall(k.id, name));
  }
  return urls.map((u) => ({ url: origin + u }));
}
