/** What one ABI says about one syscall, with each argument's registers worked out. */
import type { AbiInfo } from "@/lib/abi-info";
import { assignRegisters } from "@/lib/registers";
import type { Syscall } from "@/lib/schema/kernel-api";
import { mergeHalves } from "./halves";
import type { ParamView, SideView } from "./types";

export function paramViews(abi: AbiInfo, params: Syscall["params"]): ParamView[] | null {
  if (!params) return null;
  const slots = assignRegisters(abi, params);
  const views = params.map((p, i): ParamView => {
    const slot = slots[i];
    return {
      name: p.name,
      type: p.type,
      size: p.size,
      registers: slot?.registers ?? [],
      split: slot?.split ?? false,
      padding: slot?.padding ?? null,
      ...(p.typeRef ? { typeRef: p.typeRef } : {}),
    };
  });
  return mergeHalves(views);
}

export function sideView(abi: AbiInfo, s: Syscall): SideView {
  return {
    nr: s.nr,
    entry: s.entry,
    compatEntry: s.compatEntry,
    implemented: s.implemented,
    params: paramViews(abi, s.params),
    notes: s.notes ?? [],
  };
}
