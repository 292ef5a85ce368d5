/**
 * The engine on real type graphs: the Berberis samples (Android's binary translator,
 * kernel 6.1 era) imported with H4's importer into a temp directory, then diffed the way
 * Berberis uses them: a riscv64 guest on x86_64 and arm64 hosts.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffAbis } from "@/lib/diff/abi-diff";
import { VERDICTS, type AbiDiff } from "@/lib/diff/types";
import type { AbiFile, AbiId } from "@/lib/schema/kernel-api";
import { runImport } from "../berberis/run-import";
import { loadAbiFile } from "./load-data";

const BERBERIS = path.resolve("../shared/berberis");
const out = mkdtempSync(path.join(tmpdir(), "atlas-berberis-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const files = new Map<AbiId, AbiFile>();
beforeAll(async () => {
  if (!existsSync(BERBERIS)) throw new Error(`${BERBERIS}: Berberis samples not found`);
  runImport({ dir: BERBERIS, out, kernel: "6.1", command: "test" });
  for (const abi of ["riscv64", "x86_64", "arm64"] as const) files.set(abi, await loadAbiFile(out, "6.1", abi));
});

const file = (abi: AbiId) => {
  const f = files.get(abi);
  if (!f) throw new Error(`${abi} not imported`);
  return f;
};
const row = (d: AbiDiff, name: string) => d.rows.find((r) => r.name === name);
const implemented = (f: AbiFile) => f.syscalls.filter((s) => s.implemented).map((s) => s.name);

describe.each(["x86_64", "arm64"] as const)("Berberis samples: riscv64 guest on %s", (host) => {
  let d: AbiDiff;
  beforeAll(() => {
    d = diffAbis(file("riscv64"), file(host));
  });

  it("compares type layouts and gives every syscall of either side exactly one verdict", () => {
    expect(d.typeLevel).toBe(true);
    const expected = [...new Set([...implemented(file("riscv64")), ...implemented(file(host))])].sort();
    expect(d.rows.map((r) => r.name).sort()).toEqual(expected);
    for (const r of d.rows) {
      expect(VERDICTS).toContain(r.verdict);
      expect(r.reasons.length > 0).toBe(r.verdict === "needs-translation");
    }
  });

  it("reports riscv64's own calls as missing on the host", () => {
    expect(row(d, "riscv_flush_icache")).toMatchObject({ verdict: "missing", presentOn: "a" });
  });

  it("finds the sa_restorer field riscv64's struct sigaction lacks", () => {
    // x86_64 and arm64 define SA_RESTORER, so their struct sigaction has sa_restorer before sa_mask.
    const r = row(d, "rt_sigaction");
    expect(r?.verdict).toBe("needs-translation");
    const layout = r?.reasons.filter((x) => x.kind === "type-layout") ?? [];
    expect(layout.length).toBeGreaterThan(0);
    expect(layout[0]?.message).toMatch(/struct sigaction.*sa_restorer/);
  });
});

describe("Berberis samples: riscv64 guest on x86_64, x86-only layouts", () => {
  it("finds x86_64's packed struct epoll_event and its own struct stat", () => {
    const d = diffAbis(file("riscv64"), file("x86_64"));
    for (const name of ["epoll_ctl", "epoll_pwait"]) {
      const r = row(d, name);
      expect(r?.verdict, name).toBe("needs-translation");
      // x86_64 packs epoll_event: data at byte 4, not 8.
      expect(r?.reasons.find((x) => x.kind === "type-layout")?.message).toMatch(/struct epoll_event\.data: offset 8 bytes on riscv64, 4 bytes on x86_64/);
    }
    expect(row(d, "newfstatat")?.reasons.find((x) => x.kind === "type-layout")?.message).toMatch(/struct stat\./);
    // Calls with the same layout stay compatible: only the number differs.
    expect(row(d, "read")).toMatchObject({ verdict: "renumbered", a: { nr: 63 }, b: { nr: 0 } });
  });

  it("names replacements for x86_64 calls the riscv64 guest does not have", () => {
    const d = diffAbis(file("riscv64"), file("x86_64"));
    expect(row(d, "open")?.equivalents.map((e) => e.name)).toContain("openat");
    expect(row(d, "fork")?.equivalents.map((e) => e.name)).toContain("clone");
  });
});

describe("Berberis samples: riscv64 guest on arm64", () => {
  it("finds the shared generic table identical apart from sigaction", () => {
    const d = diffAbis(file("riscv64"), file("arm64"));
    expect(d.summary.verdicts.renumbered).toBe(0);
    expect(row(d, "newfstatat")).toMatchObject({ verdict: "same", reasons: [] });
    expect(d.rows.filter((r) => r.verdict === "needs-translation").map((r) => r.name)).toEqual(["rt_sigaction"]);
  });
});
