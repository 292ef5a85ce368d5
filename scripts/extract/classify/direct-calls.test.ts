/**
 * Sources of the expected values:
 *  - i386 4.3: socketcall(2) in Debian manpages-dev 6.20 (STANDARDS: "starting in Linux 4.3,
 *    direct system calls are provided on x86-32 for the sockets API"; commit 9dea5dc921b5
 *    wired syscall_32.tbl 359-373). The fixture below is that paragraph's roff.
 *  - 5.1: commit 0d6040d46817 "arch: add split IPC system calls where needed" (Linux 5.1),
 *    which numbered semget ... msgctl on the ipc(2) ABIs (393-402; mips o32 4393-4402) and
 *    semtimedop (392) on powerpc64, s390x and sparc64.
 *  - other socketcall ABIs and clone3 on m68k/mips/parisc/xtensa: no documented release,
 *    so a range up to our first kernel (never a guessed single version).
 */
import { describe, expect, it } from "vitest";
import type { AbiId } from "@/lib/schema/kernel-api";
import { NOTE_SOCKET_UNKNOWN } from "./direct-calls";
import { buildManPages } from "./man-pages";
import { computeSince, type Presence } from "./since";
import { x86DirectSocketVersion } from "./socketcall-note";

const SOCKETCALL = [
  ".SH STANDARDS",
  "Linux.",
  ".P",
  "On x86-32,",
  ".BR socketcall ()",
  "was historically the only entry point for the sockets API.",
  "However, starting in Linux 4.3,",
  '.\\" commit 9dea5dc921b5f4045a18c63eb92e84dc274d17eb',
  "direct system calls are provided on x86-32 for the sockets API.",
].join("\n");
const SYSCALLS = [".TS", "l l l.", "\\f[B]socket\\f[](2)\t2.0", "\\f[B]semget\\f[](2)\t2.0", "\\f[B]semtimedop\\f[](2)\t2.6; 2.4.22", "\\f[B]clone3\\f[](2)\t5.3", "\\f[B]accept4\\f[](2)\t2.6.28", ".TE"].join("\n");
const MAN = buildManPages([{ name: "syscalls", text: SYSCALLS }, { name: "socketcall", text: SOCKETCALL }], null);

const one = (abi: AbiId, names: string[], kernels = ["5.10", "6.1"]): Presence =>
  new Map(kernels.map((k) => [k, new Map([[abi, new Set(names)]])]));

function run(abi: AbiId, names: string[]) {
  const notes = new Map<string, string>();
  const s = computeSince(one(abi, names), MAN, { note: (_a, n, note) => void notes.set(n, note) });
  return { since: (n: string) => s.get("6.1")?.get(abi)?.get(n), notes };
}

describe("x86DirectSocketVersion", () => {
  it("reads the release from socketcall(2)'s paragraph", () => {
    expect(x86DirectSocketVersion(SOCKETCALL)).toBe("4.3");
    expect(MAN.x86DirectSocket).toBe("4.3");
    expect(x86DirectSocketVersion(".SH DESCRIPTION\nNothing here.\n")).toBeNull();
  });
});

describe("computeSince: calls an ABI got after Linux did", () => {
  it("i386 direct socket calls: 4.3 (socketcall(2)), with a note", () => {
    const r = run("i386", ["socketcall", "socket", "accept4"]);
    expect(r.since("socket")).toBe("4.3");
    expect(r.since("accept4")).toBe("4.3");
    expect(r.notes.get("socket")).toMatch(/socketcall\(2\)/);
  });

  it("direct IPC calls on ABIs with ipc(2): 5.1; without ipc(2) the man-pages version stays", () => {
    for (const abi of ["i386", "s390x", "mips-o32", "powerpc64", "sparc64", "m68k", "sh"] as AbiId[]) {
      const r = run(abi, ["ipc", "semget", "semtimedop"]);
      expect(r.since("semget"), abi).toBe("5.1");
      expect(r.since("semtimedop"), abi).toBe("5.1");
      expect(r.notes.get("semget")).toMatch(/0d6040d46817/);
    }
    // x86_64 has no ipc(2): the man-pages version, up to 2.6.0 (its port predates 2.6, see abi-ports.ts).
    expect(run("x86_64", ["semget", "semtimedop"]).since("semget")).toBe("2.0–2.6.0");
    expect(run("x86_64", ["semget", "semtimedop"]).since("semtimedop")).toBe("2.4.22–2.6.0");
    expect(run("arm64", ["semget"]).since("semget")).toBe("3.7");
  });

  it("direct socket calls on other socketcall ABIs: a range up to our first kernel, noted", () => {
    const r = run("m68k", ["socketcall", "socket", "accept4"]);
    expect(r.since("socket")).toBe("2.0–5.10");
    expect(r.since("accept4")).toBe("2.6.28–5.10");
    expect(r.notes.get("socket")).toBe(NOTE_SOCKET_UNKNOWN);
    // microblaze's port (2.6.24) is the lower bound.
    expect(run("microblaze", ["socketcall", "socket"]).since("socket")).toBe("2.6.24–5.10");
    // No socketcall: unchanged.
    expect(run("x86_64", ["socket"]).since("socket")).toBe("2.0–2.6.0");
  });

  it("clone3 on arches that wired it after 5.3: 5.3–5.10; elsewhere 5.3", () => {
    expect(run("m68k", ["clone3"]).since("clone3")).toBe("5.3–5.10");
    expect(run("xtensa", ["clone3"]).since("clone3")).toBe("5.3–5.10");
    expect(run("x86_64", ["clone3"]).since("clone3")).toBe("5.3");
  });

  it("a call that appears inside our range is dated by our kernels, without the note", () => {
    const p: Presence = new Map([
      ["5.10", new Map([["m68k" as AbiId, new Set(["socketcall"])]])],
      ["6.1", new Map([["m68k" as AbiId, new Set(["socketcall", "socket"])]])],
    ]);
    const notes: string[] = [];
    expect(computeSince(p, MAN, { note: (_a, _n, note) => void notes.push(note) }).get("6.1")?.get("m68k")?.get("socket")).toBe("5.11–6.1");
    expect(notes).toEqual([]);
  });
});
