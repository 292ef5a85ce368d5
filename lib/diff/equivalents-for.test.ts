import { describe, expect, it } from "vitest";
import { EQUIVALENCES } from "./equivalences";
import { candidatesFor, equivalentsFor } from "./equivalents-for";

const present = (...names: string[]) => new Map(names.map((n, i) => [n, 100 + i]));

describe("equivalentsFor", () => {
  it("names the replacement of an older call, with its number and reason", () => {
    const eq = equivalentsFor("open", present("read", "openat"));
    expect(eq).toEqual([{ name: "openat", nr: 101, reason: expect.stringContaining("AT_FDCWD") }]);
  });

  it("does not offer an old call for the new one (replaced-by is one-way)", () => {
    expect(equivalentsFor("openat", present("open"))).toEqual([]);
    expect(equivalentsFor("clone", present("fork", "vfork"))).toEqual([]);
  });

  it("treats aliases both ways", () => {
    expect(equivalentsFor("newfstatat", present("fstatat64")).map((e) => e.name)).toEqual(["fstatat64"]);
    expect(equivalentsFor("fstatat64", present("newfstatat")).map((e) => e.name)).toEqual(["newfstatat"]);
    expect(equivalentsFor("clock_gettime64", present("clock_gettime")).map((e) => e.name)).toEqual(["clock_gettime"]);
    expect(equivalentsFor("fadvise64_64", present("arm_fadvise64_64")).map((e) => e.name)).toEqual(["arm_fadvise64_64"]);
  });

  it("maps a multiplexer to its direct calls and back, but not a direct call to its siblings", () => {
    expect(equivalentsFor("socketcall", present("bind", "socket", "read")).map((e) => e.name)).toEqual(["socket", "bind"]);
    expect(equivalentsFor("socket", present("socketcall", "bind")).map((e) => e.name)).toEqual(["socketcall"]);
    expect(equivalentsFor("semop", present("ipc", "semtimedop_time64")).map((e) => e.name).sort()).toEqual(["ipc", "semtimedop_time64"]);
  });

  it("lists a name once even when several relations offer it", () => {
    const names = equivalentsFor("stat", present("newfstatat", "statx")).map((e) => e.name);
    expect(names).toEqual(["newfstatat", "statx"]);
  });

  it("offers only calls the other side has", () => {
    expect(equivalentsFor("fork", present("read"))).toEqual([]);
    expect(candidatesFor("fork").map((c) => c.name)).toEqual(["clone", "clone3"]);
  });
});

describe("equivalence data", () => {
  it("gives every relation a one-line reason and never relates a name to itself", () => {
    for (const eq of EQUIVALENCES) {
      expect(eq.reason.length).toBeGreaterThan(10);
      expect(eq.reason).not.toMatch(/\n/);
      const names =
        eq.kind === "alias" ? eq.names : eq.kind === "replaced-by" ? [...eq.old, ...eq.by] : [eq.multiplexer, ...eq.calls];
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    }
  });

  it("covers the renames the brief names", () => {
    const pairs: [string, string][] = [
      ["newfstatat", "fstatat64"], ["mmap", "mmap2"], ["mmap2", "old_mmap"], ["fadvise64", "fadvise64_64"],
      ["sync_file_range", "sync_file_range2"], ["sync_file_range", "arm_sync_file_range"], ["_llseek", "lseek"],
      ["open", "openat"], ["fork", "clone"], ["vfork", "clone"], ["dup2", "dup3"], ["pipe", "pipe2"],
      ["stat", "newfstatat"], ["lstat", "statx"], ["poll", "ppoll"], ["select", "pselect6"],
      ["epoll_wait", "epoll_pwait"], ["getdents", "getdents64"], ["access", "faccessat"],
      ["socketcall", "recvmsg"], ["msgget", "ipc"], ["futex_time64", "futex"],
    ];
    for (const [from, to] of pairs) expect(candidatesFor(from).map((c) => c.name), `${from} -> ${to}`).toContain(to);
  });
});
