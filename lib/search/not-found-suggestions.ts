/**
 * Suggestions for an unknown URL, from the small names index the build writes
 * (`/generated/names.json`): closest syscall names, ABI ids or kernels, as links. Pure.
 */
import { paths } from "@/lib/data/links";
import type { AbiId } from "@/lib/schema/kernel-api";
import { closest } from "./suggest";

export interface NamesIndex {
  latest: string;
  kernels: { id: string; abis: string[]; names: string[] }[];
}

export function isNamesIndex(x: unknown): x is NamesIndex {
  if (typeof x !== "object" || x === null) return false;
  const { latest, kernels } = x as { latest?: unknown; kernels?: unknown };
  return (
    typeof latest === "string" &&
    Array.isArray(kernels) &&
    kernels.every(
      (k: unknown) =>
        typeof k === "object" &&
        k !== null &&
        typeof (k as { id?: unknown }).id === "string" &&
        Array.isArray((k as { abis?: unknown }).abis) &&
        Array.isArray((k as { names?: unknown }).names),
    )
  );
}

export interface Suggestion {
  label: string;
  href: string;
}

export function suggestionsFor(pathname: string, index: NamesIndex): Suggestion[] {
  const parts = pathname.split("/").filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  let kernelId = index.latest;
  let rest = parts;
  if (parts[0] === "linux" && parts[1]) {
    rest = parts.slice(2);
    if (index.kernels.some((k) => k.id === parts[1])) kernelId = parts[1];
    else if (rest.length === 0) {
      // An unknown kernel: every kernel, the closest first (there are only a few).
      const ids = index.kernels.map((k) => k.id).reverse();
      const near = closest(parts[1], ids, ids.length);
      return [...near, ...ids.filter((k) => !near.includes(k))].map((k) => ({ label: `Linux ${k}`, href: paths.kernel(k) }));
    }
  } else if (parts[0] === "latest") rest = parts.slice(1);
  const kernel = index.kernels.find((k) => k.id === kernelId) ?? index.kernels.at(-1);
  if (!kernel) return [];
  const word = (rest[0] === "syscalls" ? rest[1] : rest[0]) ?? parts.at(-1) ?? "";
  const out: Suggestion[] = [];
  if (rest[0] !== "syscalls")
    for (const abi of closest(word, kernel.abis, 3)) out.push({ label: `${abi} table (Linux ${kernel.id})`, href: paths.table(kernel.id, abi as AbiId) });
  for (const name of closest(word, kernel.names, 6)) out.push({ label: `${name} (Linux ${kernel.id})`, href: paths.syscall(kernel.id, name) });
  return out.slice(0, 8);
}
