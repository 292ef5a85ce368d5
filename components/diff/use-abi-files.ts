"use client";

import { useEffect, useState } from "react";
import { abiFileSchema, formatSchemaError, type AbiFile } from "@/lib/schema/kernel-api";

const cache = new Map<string, Promise<AbiFile>>();

/**
 * One ABI file from the public API, validated with the shared schema (never cast). The
 * type graph, which the pages' pre-rendered counts do not use either, is dropped.
 */
export function fetchAbiFile(url: string): Promise<AbiFile> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .then((raw) => {
        const parsed = abiFileSchema.safeParse(raw);
        if (!parsed.success) throw new Error(formatSchemaError(url, parsed.error));
        const { types: _types, ...file } = parsed.data;
        return file;
      });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; value: T };

/** Loads two ABI files (validated). */
export function useAbiPair(urlA: string, urlB: string): Loaded<readonly [AbiFile, AbiFile]> {
  const [loaded, setLoaded] = useState<Loaded<readonly [AbiFile, AbiFile]>>({ state: "loading" });
  useEffect(() => {
    let live = true;
    setLoaded({ state: "loading" });
    Promise.all([fetchAbiFile(urlA), fetchAbiFile(urlB)])
      .then((files) => live && setLoaded({ state: "ready", value: files }))
      .catch((e: unknown) => live && setLoaded({ state: "error", message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [urlA, urlB]);
  return loaded;
}
