/**
 * Suggestions for an unknown URL, from the small names index the build writes
 * (`/generated/names.json`): closest syscall names, ABI ids (or their aliases: amd64,
 * aarch64...) or kernels, as links; a syscall or ABI this kernel lacks at the kernels that
 * have it; the API index for /api/ misses. Forgives the usual slips: `v6.12` or a full
 * release (`6.12.107`) for the kernel, `syscall/` for `syscalls/`, a syscall name after an
 * ABI (`/linux/6.12/arm64/openat/`: the syscall at that ABI's anchor), a table file asked
 * for outside /api/. Pure.
 */
import { paths } from "@/lib/data/links";
import { diffPaths } from "@/lib/diff/diff-paths";
import type { AbiId } from "@/lib/schema/kernel-api";
import { abiFromAlias } from "./abi-aliases";
import { closest, editDistance } from "./suggest";

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

type Kernel = NamesIndex["kernels"][number];

function decodeParts(pathname: string): string[] {
  return pathname.split("/").filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
}

/** An ABI the kernel has, named by id, alias or a near spelling. */
function resolveAbi(word: string, kernel: Kernel): AbiId | null {
  const alias = abiFromAlias(word);
  if (alias && kernel.abis.includes(alias)) return alias;
  const near = closest(word, kernel.abis, 1)[0];
  return near !== undefined ? abiFromAlias(near) : null;
}

const others = (index: NamesIndex, kernel: Kernel, has: (k: Kernel) => boolean) =>
  index.kernels.filter((k) => k.id !== kernel.id && has(k)).reverse();

/** The kernel a URL segment names: its id, with a leading `v`, or a release of the series. */
function resolveKernel(word: string, index: NamesIndex): Kernel | undefined {
  const id = word.replace(/^v(?=\d)/i, "");
  return index.kernels.find((k) => k.id === id) ?? index.kernels.find((k) => id.startsWith(`${k.id}.`) || id.startsWith(`${k.id}-`));
}

/** The API file of an ABI's table, when `file` is `<abi>.json` or `<abi>.csv` (or near). */
function apiTableFile(file: string, kernel: Kernel): Suggestion | null {
  const m = /^(.+)\.(json|csv)$/.exec(file);
  const abi = m?.[1] ? resolveAbi(m[1], kernel) : null;
  if (!m || !abi) return null;
  const ext = m[2] === "csv" ? "csv" : "json";
  return { label: `${abi} table as ${ext.toUpperCase()} (Linux ${kernel.id})`, href: paths.apiTable(kernel.id, abi, ext) };
}

/** /api/... misses: the API index, and the table file that was probably meant. */
function apiSuggestions(parts: string[], index: NamesIndex): Suggestion[] {
  const out: Suggestion[] = [{ label: "API index (/api/v1/index.json)", href: paths.apiIndex() }];
  const [, , linux, kernelId, file] = parts;
  const kernel = kernelId !== undefined ? resolveKernel(kernelId, index) : undefined;
  if (linux === "linux" && kernel && file) {
    const table = apiTableFile(/\.(json|csv)$/.test(file) ? file : `${file}.json`, kernel);
    if (table) out.push(table);
  }
  return out;
}

/** `syscalls` as people mistype it (`syscall`, `sycalls`). */
const isSyscallsSegment = (word: string | undefined) => word !== undefined && editDistance(word.toLowerCase(), "syscalls") <= 2;

function dedupe(list: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(s.href) && seen.add(s.href));
}

export function suggestionsFor(pathname: string, index: NamesIndex): Suggestion[] {
  const parts = decodeParts(pathname);
  if (parts[0] === "api") return apiSuggestions(parts, index);
  let kernel = index.kernels.find((k) => k.id === index.latest) ?? index.kernels.at(-1);
  let rest = parts;
  if (parts[0] === "linux" && parts[1]) {
    rest = parts.slice(2);
    const named = resolveKernel(parts[1], index);
    if (named) kernel = named;
    else if (rest.length === 0) {
      // An unknown kernel: every kernel, the closest first (there are only a few).
      const ids = index.kernels.map((k) => k.id).reverse();
      const near = closest(parts[1], ids, ids.length);
      return [...near, ...ids.filter((k) => !near.includes(k))].map((k) => ({ label: `Linux ${k}`, href: paths.kernel(k) }));
    }
  } else if (parts[0] === "latest") rest = parts.slice(1);
  if (!kernel) return [];
  const out: Suggestion[] = [];
  const table = (k: Kernel, abi: AbiId) => out.push({ label: `${abi} table (Linux ${k.id})`, href: paths.table(k.id, abi) });
  const syscall = (k: Kernel, name: string) => out.push({ label: `${name} (Linux ${k.id})`, href: paths.syscall(k.id, name) });

  if (rest[0] === "diff") {
    const a = rest[1] !== undefined ? resolveAbi(rest[1], kernel) : null;
    const b = rest[2] !== undefined ? resolveAbi(rest[2], kernel) : null;
    if (a && b && a !== b) out.push({ label: `${a} vs ${b} (Linux ${kernel.id})`, href: diffPaths.abis(kernel.id, a, b) });
    return out;
  }
  const inSyscalls = isSyscallsSegment(rest[0]) && rest[1] !== undefined;
  const word = (inSyscalls ? rest[1] : rest[0]) ?? parts.at(-1) ?? "";
  const abiHere = abiFromAlias(word);
  if (inSyscalls) {
    // A syscall this kernel lacks but others have (mseal before 6.10): those kernels first.
    if (!kernel.names.includes(word)) for (const k of others(index, kernel, (k) => k.names.includes(word))) syscall(k, word);
  } else if (abiHere && kernel.abis.includes(abiHere) && rest[1] !== undefined) {
    // A syscall after the ABI (/linux/6.12/arm64/openat/): the syscall at that ABI's anchor
    // (the index has no per-ABI names; the page says when this ABI lacks the call).
    for (const name of closest(rest[1], kernel.names, 6)) {
      out.push({ label: `${name} on ${abiHere} (Linux ${kernel.id})`, href: `${paths.syscall(kernel.id, name)}#${abiHere}` });
    }
    return out;
  } else {
    const file = apiTableFile(word, kernel);
    if (file) out.push(file);
    const alias = abiFromAlias(word.replace(/\.(json|csv)$/, ""));
    if (alias && kernel.abis.includes(alias)) table(kernel, alias);
    // An ABI this kernel does not build (loongarch64 before 5.19): the kernels that do.
    else if (alias) for (const k of others(index, kernel, (k) => k.abis.includes(alias))) table(k, alias);
    for (const abi of closest(word, kernel.abis, 3)) {
      const id = abiFromAlias(abi);
      if (id) table(kernel, id);
    }
  }
  for (const name of closest(word, kernel.names, 6)) syscall(kernel, name);
  return dedupe(out).slice(0, 8);
}
