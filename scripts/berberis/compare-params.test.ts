import { describe, expect, it } from "vitest";
import type { AbiFile, Syscall } from "@/lib/schema/kernel-api";
import { agreement, checkExpected, compareParamCounts } from "./compare-params";

const call = (nr: number, name: string, params: number | null, implemented = true): Syscall => ({
  nr,
  name,
  tableAbi: null,
  entry: implemented ? `sys_${name}` : "sys_ni_syscall",
  compatEntry: null,
  implemented,
  params: params === null ? null : Array.from({ length: params }, (_, i) => ({ name: `a${i}`, type: "int", size: 4 })),
  returnType: null,
  source: null,
  categories: ["uncategorized"],
  since: null,
  man: false,
});
const file = (syscalls: Syscall[]): AbiFile => ({
  schemaVersion: 1,
  kernel: "6.1",
  abi: "i386",
  arch: "x86",
  wordBits: 32,
  source: { kind: "linux", release: "6.1.0", tables: ["t"] },
  syscalls,
});

describe("compareParamCounts", () => {
  const ours = file([call(3, "read", 3), call(180, "pread64", 5), call(20, "getpid", 0), call(134, "bdflush", 2, false), call(5, "open", null), call(7, "waitpid", 3), call(9, "only_ours", 1)]);
  const theirs = file([call(3, "read", 3), call(180, "pread64", 4), call(20, "getpid", 0), call(134, "bdflush", 0, false), call(5, "open", 3), call(8, "waitpid", null), call(10, "only_theirs", 1)]);
  const result = compareParamCounts(ours, theirs, (name) => (name === "getpid" ? "kernel-syscalls" : "dwarf-entry"));

  it("compares only syscalls both have, implemented, with params on both sides", () => {
    expect(result.rows.map((r) => r.name)).toEqual(["read", "pread64", "getpid"]);
    expect(result.rows[2]).toEqual({ abi: "i386", name: "getpid", ours: 0, berberis: 0, berberisSource: "kernel-syscalls" });
    expect(result.oursMissing).toEqual([{ name: "open", berberisSource: "dwarf-entry" }]);
  });

  it("lists the names only one side has", () => {
    expect(result.onlyOurs).toEqual(["only_ours"]);
    expect(result.onlyBerberis).toEqual(["only_theirs"]);
  });

  it("lists disagreements and number mismatches", () => {
    expect(result.disagreements).toEqual([{ abi: "i386", name: "pread64", ours: 5, berberis: 4, berberisSource: "dwarf-entry" }]);
    expect(result.nrMismatches).toEqual([{ name: "waitpid", ours: 7, berberis: 8 }]);
  });

  it("computes the agreement rate", () => {
    expect(agreement(result.rows)).toEqual({ compared: 3, agreed: 2, rate: 2 / 3 });
    expect(agreement([])).toEqual({ compared: 0, agreed: 0, rate: 1 });
  });

  it("refuses to compare different ABIs", () => {
    expect(() => compareParamCounts(ours, { ...theirs, abi: "arm" })).toThrow(/i386 with arm/);
  });
});

describe("checkExpected", () => {
  it("finds unexplained disagreements and stale explanations", () => {
    const actual = [
      { abi: "i386" as const, name: "pread64", ours: 5, berberis: 4, berberisSource: "dwarf-name" },
      { abi: "arm" as const, name: "membarrier", ours: 3, berberis: 2, berberisSource: "dwarf-entry" },
    ];
    const expected = [
      { abi: "i386" as const, name: "pread64", ours: 5, berberis: 4, reason: "wrapper" },
      { abi: "i386" as const, name: "pwrite64", ours: 5, berberis: 4, reason: "wrapper" },
      { abi: "arm" as const, name: "membarrier", ours: 3, berberis: 3, reason: "counts differ from the list" },
    ];
    expect(checkExpected(actual, expected)).toEqual({
      unexplained: ["arm membarrier ours=3 berberis=2"],
      stale: ["i386 pwrite64 ours=5 berberis=4", "arm membarrier ours=3 berberis=3"],
    });
  });
});
