"use client";

import { useEffect, useState } from "react";
import { paths } from "@/lib/data/links";
import { isNamesIndex, suggestionsFor, type Suggestion } from "@/lib/search/not-found-suggestions";

/**
 * On the 404 page: links to the closest syscall, ABI or kernel for the address asked for,
 * computed in the browser from a small index (a static host knows nothing of the miss).
 */
export function Suggestions() {
  const [items, setItems] = useState<Suggestion[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(paths.namesIndex())
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => {
        if (!cancelled) setItems(isNamesIndex(json) ? suggestionsFor(window.location.pathname, json) : []);
      })
      .catch(() => !cancelled && setItems([]));
    return () => {
      cancelled = true;
    };
  }, []);
  if (!items || items.length === 0) return null;
  return (
    <section aria-labelledby="did-you-mean" className="mt-4" data-testid="suggestions">
      <h2 id="did-you-mean" className="text-lg font-semibold">
        Did you mean
      </h2>
      <ul className="mt-1 list-disc pl-6">
        {items.map((s) => (
          <li key={s.href}>
            <a href={s.href}>{s.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
