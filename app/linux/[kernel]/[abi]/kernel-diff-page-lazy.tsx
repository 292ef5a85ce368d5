"use client";

import dynamic from "next/dynamic";

/**
 * The kernel diff page, code-split: this route segment also serves the ~145 table pages,
 * and a static import would put the diff page's client code into their bundles too. A
 * dynamic import from a client module is loaded only where it renders (and still SSR'd).
 */
export const KernelDiffPageLazy = dynamic(() => import("@/components/diff/kernel-diff-page").then((m) => m.KernelDiffPage));
