"use client";

import { useEffect, useState } from "react";
import { paths } from "@/lib/data/links";
import type { AbiId } from "@/lib/schema/kernel-api";

/** The kernel a /linux/<kernel>/… (or /linux/<from>..<to>/…: the later one) path is about. */
export function pageKernel(pathname: string, kernels: readonly string[]): string | null {
  const seg = /^\/linux\/([^/]+)\//.exec(pathname)?.[1];
  if (!seg) return null;
  const k = seg.includes("..") ? seg.split("..")[1] : seg;
  return k && kernels.includes(k) ? k : null;
}

/**
 * The site links. "Table" and "All ABIs" go to the kernel of the page being read (the
 * latest one elsewhere, and in the static HTML, so they work without JavaScript).
 */
export function HeaderNav({ latest, defaultAbi, kernels }: { latest: string; defaultAbi: AbiId; kernels: readonly string[] }) {
  const [kernel, setKernel] = useState(latest);
  useEffect(() => {
    setKernel(pageKernel(window.location.pathname, kernels) ?? latest);
  }, [kernels, latest]);
  return (
    <nav aria-label="Site" className="flex flex-wrap gap-x-4 text-sm">
      <a href={paths.table(kernel, defaultAbi)}>Table</a>
      <a href={paths.all(kernel)}>All ABIs</a>
      <a href={paths.apiIndex()}>API</a>
    </nav>
  );
}
