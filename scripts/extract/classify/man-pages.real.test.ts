/**
 * Real data: Debian's manpages-dev, downloaded through the extractor's private apt into the
 * repo's .cache/ (gitignored; reused on later runs without network).
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AbiId } from "@/lib/schema/kernel-api";
import { loadManPages, MAN_PACKAGE } from "./man-pages-load";
import { hasManPage, manVersion, type ManPages } from "./man-pages";
import { computeSince } from "./since";

const CACHE = resolve(import.meta.dirname, "../../../.cache");
let man: ManPages;

beforeAll(async () => {
  man = await loadManPages(CACHE);
}, 900_000);

describe(`real ${MAN_PACKAGE}`, () => {
  it("records where the pages came from", () => {
    expect(man.source?.package).toBe(MAN_PACKAGE);
    expect(man.source?.version).toMatch(/^\d+\.\d+/);
    expect(man.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads the syscalls(2) table", () => {
    expect(man.table.size).toBeGreaterThan(400);
    expect(manVersion(man, "openat")).toMatchObject({ version: "2.6.16", from: "syscalls(2)" });
    expect(manVersion(man, "close")?.version).toBe("1.0");
    expect(manVersion(man, "read")?.version).toBe("1.0");
    expect(manVersion(man, "accept4")?.version).toBe("2.6.28");
    expect(manVersion(man, "statx")?.version).toBe("4.11");
    expect(manVersion(man, "clone3")?.version).toBe("5.3");
    expect(manVersion(man, "llseek")?.version).toBe("1.2"); // the _llseek row
    expect(man.table.get("arch_prctl")?.archSince).toEqual({ x86: "4.12" });
    expect(man.table.get("accept")?.notes).toMatch(/socketcall/);
  });

  it("reads from socketcall(2) when x86-32 got direct socket calls (its text: starting in Linux 4.3)", () => {
    expect(man.x86DirectSocket).toBe("4.3");
    const p = (names: string[]) => new Map([["5.10", new Map<AbiId, Set<string>>([["i386", new Set(names)]])]]);
    const s = computeSince(p(["socketcall", "socket", "accept4", "recvmmsg"]), man);
    expect(s.get("5.10")?.get("i386")?.get("socket")).toBe("4.3");
    expect(s.get("5.10")?.get("i386")?.get("accept4")).toBe("4.3");
    expect(s.get("5.10")?.get("i386")?.get("recvmmsg")).toBe("2.6.33"); // i386 337, direct from the start
  });

  it("reads versions newer than the table from HISTORY", () => {
    expect(man.table.has("cachestat")).toBe(false);
    expect(manVersion(man, "cachestat")).toEqual({ version: "6.5", from: "HISTORY" });
    expect(manVersion(man, "futex_waitv")?.version).toBe("5.16");
    expect(manVersion(man, "open_tree_attr")?.version).toBe("6.15"); // a tagged entry of open_tree(2)
  });

  it("knows which names have a man 2 page", () => {
    for (const n of ["openat", "open", "close", "read", "cachestat", "newfstatat", "fstatat64", "stat64", "llseek", "_llseek", "umount2", "exit", "pread64"]) {
      expect(hasManPage(man, n), n).toBe(true);
    }
    for (const n of ["no_such_syscall_xyz", "map_shadow_stack", "FICLONE", "clock_gettime64"]) expect(hasManPage(man, n), n).toBe(false);
  });

  it("feeds computeSince", () => {
    const abi: AbiId = "x86_64";
    const p = new Map([
      ["6.1", new Map([[abi, new Set(["openat", "read"])]])],
      ["6.12", new Map([[abi, new Set(["openat", "read", "cachestat", "map_shadow_stack"])]])],
    ]);
    const s = computeSince(p, man).get("6.12")?.get(abi);
    expect(Object.fromEntries(s ?? [])).toEqual({ openat: "2.6.16", read: "1.0–2.6.0", cachestat: "6.5", map_shadow_stack: "6.6" });
  });
});
