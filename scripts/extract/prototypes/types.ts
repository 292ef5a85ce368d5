/** Shared shapes of the prototype resolver (the public contract is in index.ts). */
import type { AbiId, Param, SourceLocation } from "@/lib/schema/kernel-api";
import type { AbiConfig } from "./abi-config";
import type { Definition } from "./scan-tree";
import type { SelectContext } from "./select-definition";
import type { TypeLookup } from "./type-table";

export interface PrototypeQuery {
  abi: AbiId;
  arch: string;
  wordBits: 32 | 64;
  name: string;
  entry: string | null;
  compatEntry: string | null;
}

export type PrototypeResult =
  | { ok: true; params: Param[]; returnType: string; source: SourceLocation; notes?: string[] }
  | { ok: false; reason: string };

export interface AbiState {
  cfg: AbiConfig;
  select: SelectContext;
  types: TypeLookup;
  /** A C function's definition or declaration, preferring `nearFile`, then the ABI's arch. */
  findFunction(fn: string, nearFile: string): Definition | null;
}
