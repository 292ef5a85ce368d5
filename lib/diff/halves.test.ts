import { describe, expect, it } from "vitest";
import { abiInfo } from "@/lib/abi-info";
import { diffAbis } from "./abi-diff";
import { paramViews } from "./side-view";
import { abiFile, sys } from "./test-fixtures";

const u32 = (name: string) => ({ name, type: "u32", size: 4 });

describe("64-bit values passed as explicit halves", () => {
  it("shows sys_ia32_pread64's poslo/poshi as one argument split across esi:edi", () => {
    const views = paramViews(abiInfo("i386"), [{ name: "fd", type: "unsigned int", size: 4 }, { name: "ubuf", type: "char __user *", size: 4 }, u32("count"), u32("poslo"), u32("poshi")]);
    expect(views).toHaveLength(4);
    expect(views?.[3]).toEqual({ name: "pos", type: "u64 as poslo, poshi", size: 8, registers: ["esi", "edi"], split: true, padding: null, halves: ["poslo", "poshi"] });
  });

  it("accepts _low/_high, _lo/_hi, mixed spellings and a big-endian hi-first order", () => {
    const names = (ps: string[]) => paramViews(abiInfo("arm"), ps.map(u32))?.map((p) => p.name);
    expect(names(["fd", "offset_low", "offset_high", "len_lo", "len_hi", "advice"])).toEqual(["fd", "offset", "len", "advice"]);
    expect(names(["off_low", "off_hi"])).toEqual(["off"]);
    expect(names(["pos_hi", "pos_lo"])).toEqual(["pos"]);
    expect(names(["a_lo", "b_hi"])).toEqual(["a_lo", "b_hi"]);
    expect(names(["lo", "hi"])).toEqual(["lo", "hi"]);
  });

  it("folds an explicit padding argument into the pair it aligns", () => {
    const v = paramViews(abiInfo("mips-o32"), [u32("fd"), u32("__pad"), u32("len_hi"), u32("len_lo")]);
    expect(v?.map((p) => p.name)).toEqual(["fd", "len"]);
    expect(v?.[1]).toMatchObject({ registers: ["a2", "a3"], padding: "a1", split: true });
  });

  it("lets i386's wrapper compare with x86_64's single 64-bit argument", () => {
    const i386 = abiFile("i386", [sys("pread64", 180, [["fd", "unsigned int", 4], ["ubuf", "char __user *", 4], ["count", "u32", 4], ["poslo", "u32", 4], ["poshi", "u32", 4]], { entry: "sys_ia32_pread64" })]);
    const x86 = abiFile("x86_64", [sys("pread64", 17, [["fd", "unsigned int", 4], ["buf", "char __user *", 8], ["count", "size_t", 8], ["pos", "loff_t", 8]])]);
    const r = diffAbis(i386, x86).rows[0];
    expect(r?.reasons.map((x) => x.kind)).toEqual(["entry", "param-size", "split"]);
    expect(r?.reasons[2]?.message).toBe("arg 4 (pos), u64 as poslo, poshi: split across esi:edi as poslo and poshi on i386; one register (r10) on x86_64");
  });
});
