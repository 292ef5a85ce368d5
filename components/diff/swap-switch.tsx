"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, type ReactNode } from "react";

/** `?swap=1` (or `true`): the diff is read the other way round (see diff-params). */
function useSwapped(): boolean {
  const v = useSearchParams().get("swap");
  return v === "1" || v === "true";
}

function Pick({ canonical, swapped }: { canonical: ReactNode; swapped: ReactNode }) {
  return <>{useSwapped() ? swapped : canonical}</>;
}

/**
 * Shows `swapped` instead of `canonical` while the URL says `swap=1`. The static HTML
 * (and a browser without JavaScript) has the canonical orientation, which is also what
 * the canonical link names; the browser switches to what the table below shows.
 */
export function SwapSwitch({ canonical, swapped }: { canonical: ReactNode; swapped: ReactNode }) {
  return (
    <Suspense fallback={canonical}>
      <Pick canonical={canonical} swapped={swapped} />
    </Suspense>
  );
}

/**
 * Sets the document title (with the layout's template) while rendered. Next renders the
 * metadata <title> itself and may write it again after this effect, so the title is
 * watched and set back while this component is mounted.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    const text = `${title} · Syscall Atlas`;
    const apply = () => {
      if (document.title !== text) document.title = text;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return null;
}
