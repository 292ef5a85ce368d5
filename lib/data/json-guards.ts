/**
 * Checks for JSON the browser fetches (it has no zod on purpose: see all-rows-file.ts and
 * table-rows-file.ts). Each says exactly what it accepts; none casts.
 */
import { CATEGORY_IDS } from "@/lib/schema/ids";

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** A syscall number, a line number, an argument count: an integer >= 0. */
export const isNr = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
/** Absent, or a string. */
export const isOptString = (v: unknown): boolean => v === undefined || typeof v === "string";

const CATEGORIES: ReadonlySet<unknown> = new Set(CATEGORY_IDS);
export const isCategories = (v: unknown): boolean => Array.isArray(v) && v.every((c) => CATEGORIES.has(c));

/** Fetch `url` and check it; rejects (so the caller can retry later) on any failure. */
export async function fetchChecked<T>(url: string, check: (json: unknown) => json is T, expected: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const json: unknown = await res.json();
  if (!check(json)) throw new Error(`${url}: not ${expected}`);
  return json;
}
