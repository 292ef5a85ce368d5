import { describe, expect, it } from "vitest";
import { diffKernels } from "./kernel-diff";
import { abiFile, sys } from "./test-fixtures";

const older = abiFile("x86_64", [
  sys("read", 0, [["fd", "unsigned int", 4]]),
  sys("old_thing", 100, []),
  sys("moved", 200, []),
  sys("retyped", 300, [["p", "char __user*", 8]]),
  sys("respelled", 301, [["p", "char __user*", 8]]),
  sys("reentered", 400, [], { entry: "sys_reentered_old" }),
  sys("uselib", 134, [], { implemented: false, entry: "sys_ni_syscall" }),
], { kernel: "6.1" });

const newer = abiFile("x86_64", [
  sys("read", 0, [["fd", "unsigned int", 4]]),
  sys("moved", 201, []),
  sys("retyped", 300, [["p", "const char __user *", 8], ["flags", "int", 4]]),
  sys("respelled", 301, [["path", "char __user *", 8]]),
  sys("reentered", 400, []),
  sys("new_thing", 462, []),
  sys("old_thing", 100, [], { implemented: false, entry: "sys_ni_syscall" }),
], { kernel: "6.12" });

describe("diffKernels", () => {
  const d = diffKernels(older, newer);
  const changes = (name: string) => d.rows.find((r) => r.name === name)?.changes;

  it("classifies each kind of change", () => {
    expect(changes("read")).toEqual([]);
    expect(changes("new_thing")).toEqual(["added"]);
    expect(changes("old_thing")).toEqual(["removed"]); // now only a sys_ni_syscall slot
    expect(changes("moved")).toEqual(["renumbered"]);
    expect(changes("retyped")).toEqual(["resignatured"]);
    expect(changes("reentered")).toEqual(["entry-changed"]);
  });

  it("ignores parameter renames and spacing in types", () => {
    expect(changes("respelled")).toEqual([]);
  });

  it("leaves out slots implemented in neither kernel and counts the rest", () => {
    expect(changes("uselib")).toBeUndefined();
    expect(d.summary).toEqual({
      total: 7,
      unchanged: 2,
      changes: { added: 1, removed: 1, renumbered: 1, resignatured: 1, "entry-changed": 1 },
    });
    expect(d.rows.find((r) => r.name === "moved")?.details).toEqual(["number 200 -> 201"]);
  });

  it("refuses two different ABIs", () => {
    expect(() => diffKernels(older, abiFile("arm64", [], { kernel: "6.12" }))).toThrow(/ABIs differ/);
  });
  it("a spelling-only type change is no new signature; a real type or size change is", () => {
    const a = abiFile("x86_64", [
      sys("semop", 65, [["semid", "int", 4], ["tsops", "struct sembuf __user *", 8], ["nsops", "unsigned", 4]]),
      sys("futex", 202, [["uaddr", "u32 __user *", 8], ["utime", "struct __kernel_timespec __user *", 8]]),
      sys("getcpu", 309, [["cpu", "unsigned __user *", 8], ["cache", "struct getcpu_cache __user *", 8]]),
      sys("widened", 500, [["n", "unsigned int", 4]]),
      sys("signedness", 501, [["n", "signed", 4]]),
    ], { kernel: "6.12" });
    const b = abiFile("x86_64", [
      sys("semop", 65, [["semid", "int", 4], ["tsops", "struct sembuf __user *", 8], ["nsops", "unsigned int", 4]]),
      sys("futex", 202, [["uaddr", "u32 __user *", 8], ["utime", "const struct __kernel_timespec __user *", 8]]),
      sys("getcpu", 309, [["cpu", "unsigned int __user *", 8], ["cache", "void __user *", 8]]),
      sys("widened", 500, [["n", "unsigned long", 8]]),
      sys("signedness", 501, [["n", "unsigned int", 4]]),
    ], { kernel: "7.2" });
    const k = diffKernels(a, b);
    const of = (name: string) => k.rows.find((r) => r.name === name);
    expect(of("semop")?.changes).toEqual([]);
    expect(of("futex")?.changes).toEqual([]);
    expect(of("getcpu")?.changes).toEqual(["resignatured"]);
    expect(of("widened")?.changes).toEqual(["resignatured"]);
    expect(of("widened")?.details).toEqual(["signature (unsigned int [4]) -> (unsigned long [8])"]);
    expect(of("signedness")?.changes).toEqual(["resignatured"]);
  });
});
