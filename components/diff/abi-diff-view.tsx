"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense } from "react";
import type { AbiDiffHead } from "@/lib/diff/page-model";
import { InteractiveAbiDiff } from "./interactive-abi-diff";
import { StaticAbiDiff } from "./static-abi-diff";
import "./diff.css";

/**
 * The ABI diff's client island. The live view reads the URL (filters, search, swap),
 * which a static export only knows in the browser, and computes the rows there with the
 * same engine the build used for the counts; until then the pre-rendered counts show.
 */
export function AbiDiffView({ head }: { head: AbiDiffHead }) {
  return (
    <NuqsAdapter>
      <Suspense fallback={<StaticAbiDiff head={head} />}>
        <InteractiveAbiDiff head={head} />
      </Suspense>
    </NuqsAdapter>
  );
}
