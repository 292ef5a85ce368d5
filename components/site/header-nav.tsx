"use client";

import { useEffect, useState } from "react";

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
/** The header's links for one kernel (built on the server: this island imports no lib/ code, so no shared chunk rides along). */
export interface HeaderTargets {
  table: string;
  all: string;
}

export function HeaderNav({ latest, targets, api }: { latest: string; targets: Readonly<Record<string, HeaderTargets>>; api: string }) {
  const [kernel, setKernel] = useState(latest);
  useEffect(() => {
    setKernel(pageKernel(window.location.pathname, Object.keys(targets)) ?? latest);
  }, [targets, latest]);
  const t = targets[kernel] ?? targets[latest];
  return (
    <nav aria-label="Site" className="flex flex-wrap gap-x-4 text-sm">
      {t && <a href={t.table}>Table</a>}
      {t && <a href={t.all}>All ABIs</a>}
      <a href={api}>API</a>
    </nav>
  );
}
