/**
 * ILP32 ABIs with 64-bit registers (x32, MIPS n32) against their arch's 64-bit ABI.
 * When both sides enter the same kernel function, the ILP32 side passes its 32-bit
 * pointers and longs zero- or sign-extended in full 64-bit registers, so the registers the
 * kernel reads are the same: a 4-vs-8-byte difference in a parameter is no reason to
 * translate. It still is one when the parameter points to data whose layout may hold
 * pointers or longs (struct iovec, pointer arrays, long bitmaps): the same function then
 * reads the ILP32 layout through in_compat_syscall(), and only type data can clear it.
 */
import type { AbiInfo } from "@/lib/abi-info";
import { canonicalType } from "./type-spelling";
import type { ParamView, SideView } from "./types";

export interface WideRegisters {
  /** Which side is the ILP32 one. */
  narrow: "a" | "b";
  label: string;
}

const isWideIlp32 = (i: AbiInfo) => i.wordBits === 32 && i.registerBits === 64;
const isNative64 = (i: AbiInfo) => i.wordBits === 64 && i.registerBits === undefined;

/** Non-null when the rule applies to this row: same arch, one ILP32-in-64-bit side, same entry. */
export function wideRegisters(infoA: AbiInfo, infoB: AbiInfo, a: SideView, b: SideView): WideRegisters | null {
  if (infoA.arch !== infoB.arch || a.entry === null || a.entry !== b.entry) return null;
  if (isWideIlp32(infoA) && isNative64(infoB)) return { narrow: "a", label: infoA.id };
  if (isWideIlp32(infoB) && isNative64(infoA)) return { narrow: "b", label: infoB.id };
  return null;
}

/** Pointees whose layout is the same on ILP32 and LP64: no pointers, no longs inside. */
const FIXED_POINTEE =
  /^(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|long long|unsigned long long|[us](8|16|32|64)|__[us](8|16|32|64)|u?int(8|16|32|64)_t|loff_t|__kernel_loff_t|umode_t|pid_t|uid_t|gid_t|qid_t|key_serial_t|rwf_t)$/;


/** Whether a 4-vs-8-byte difference in this parameter is only the register's width. */
export function onlyWidthDiffers(narrow: ParamView, wide: ParamView, typesCompared: boolean): boolean {
  if (narrow.size !== 4 || wide.size !== 8 || narrow.split || wide.split) return false;
  const t = canonicalType(wide.type);
  if (!t.endsWith("*")) return true;
  if (typesCompared) return true; // the pointed-to layout is compared separately
  const pointee = t.slice(0, -1).trim();
  return canonicalType(narrow.type) === t && FIXED_POINTEE.test(pointee);
}

export const wideNote = (w: WideRegisters, other: string) =>
  `${w.label} passes 32-bit pointers and longs zero- or sign-extended in 64-bit registers; same kernel entry as ${other}`;
