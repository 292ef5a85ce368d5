import { describe, expect, it } from "vitest";
import { diffAbis } from "./abi-diff";
import { abiFile, sys } from "./test-fixtures";

const FD = ["fd", "unsigned int", 4] as const;

const x86_64 = abiFile("x86_64", [
  sys("read", 0, [FD, ["buf", "char __user *", 8], ["count", "size_t", 8]]),
  sys("readv", 19, [["fd", "unsigned long", 8], ["vec", "const struct iovec __user *", 8], ["vlen", "unsigned long", 8]]),
  sys("ioctl", 16, [FD, ["cmd", "unsigned int", 4], ["arg", "unsigned long", 8]]),
  sys("pread64", 17, [FD, ["buf", "char __user *", 8], ["count", "size_t", 8], ["pos", "loff_t", 8]]),
]);
const x32 = abiFile("x32", [
  sys("read", 0x40000000, [FD, ["buf", "char __user *", 4], ["count", "size_t", 4]]),
  sys("readv", 0x40000000 + 515, [["fd", "unsigned long", 4], ["vec", "const struct iovec __user *", 4], ["vlen", "unsigned long", 4]]),
  sys("ioctl", 0x40000000 + 514, [FD, ["cmd", "unsigned int", 4], ["arg", "compat_ulong_t", 4]], { entry: "compat_sys_ioctl" }),
  sys("pread64", 0x40000000 + 17, [FD, ["buf", "char __user *", 4], ["count", "size_t", 4], ["pos", "loff_t", 8]]),
]);
const i386 = abiFile("i386", [sys("read", 3, [FD, ["buf", "char __user *", 4], ["count", "size_t", 4]])]);

const rowOf = (d: ReturnType<typeof diffAbis>, name: string) => {
  const r = d.rows.find((x) => x.name === name);
  if (!r) throw new Error(`no row ${name}`);
  return r;
};

describe("ILP32 with 64-bit registers against the 64-bit ABI", () => {
  it("same entry, scalars and char buffers: register passing is identical, with a note", () => {
    for (const d of [diffAbis(x86_64, x32), diffAbis(x32, x86_64)]) {
      const read = rowOf(d, "read");
      expect(read.verdict).toBe("renumbered");
      expect(read.reasons).toEqual([]);
      expect(read.caveats.join()).toMatch(/x32 passes 32-bit pointers .* 64-bit registers; same kernel entry as x86_64/);
      expect(rowOf(d, "pread64").verdict).toBe("renumbered");
    }
  });

  it("a compat entry on the x32 side stays needs-translation", () => {
    const ioctl = rowOf(diffAbis(x86_64, x32), "ioctl");
    expect(ioctl.verdict).toBe("needs-translation");
    expect(ioctl.reasons.map((r) => r.kind)).toEqual(["entry", "param-size"]);
  });

  it("a pointer to a struct (layout may differ) stays needs-translation without type data", () => {
    const readv = rowOf(diffAbis(x86_64, x32), "readv");
    expect(readv.verdict).toBe("needs-translation");
    expect(readv.reasons).toHaveLength(1);
    expect(readv.reasons[0]).toMatchObject({ kind: "param-size", params: [1] });
    expect(readv.reasons[0]?.message).toMatch(/arg 2 \(vec\).*pointed-to data/);
  });

  it("does not apply to a true 32-bit ABI (i386 splits and truncates)", () => {
    const read = rowOf(diffAbis(x86_64, i386), "read");
    expect(read.verdict).toBe("needs-translation");
    expect(read.reasons[0]?.message).toBe("arg 2 (buf), arg 3 (count): 8 bytes on x86_64, 4 on i386");
  });
});
