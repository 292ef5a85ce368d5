import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { abiRule } from "./abi-rules";
import { MissingBuildFileError } from "./abi-source";
import { externalCompat } from "./compat-entries";
import { makeTree } from "./test-support/fixture-tree";

const UNISTD32 = "arch/arm64/include/asm/unistd32.h";
const noSource = { kind: "absent", reason: "" } as const;

/** arm's compat entries come from arm64: the AArch32 table (6.12+) or unistd32.h (before). */
const trees = {
  // Before 6.12: unistd32.h spells the table out.
  oldLayout: makeTree({
    [UNISTD32]: "#define __NR_restart_syscall 0\n__SYSCALL(__NR_restart_syscall, sys_restart_syscall)\n#define __NR_exit 1\n__SYSCALL(__NR_exit, sys_exit)\n#define __NR_read 3\n__SYSCALL(__NR_read, compat_sys_read)\n",
  }),
  // 6.12+ with syscall_32.tbl deleted: unistd32.h only includes the generated header.
  newLayoutNoTable: makeTree({ [UNISTD32]: "#ifndef X\n#define X\n#include <asm/unistd_32.h>\n#endif\n" }),
  neither: makeTree({ "arch/arm64/Kconfig": "" }),
};
afterAll(() => Object.values(trees).forEach((t) => rmSync(t, { recursive: true, force: true })));

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected an error");
}

describe("externalCompat for arm", () => {
  it("reads the __SYSCALL lines of an older unistd32.h", () => {
    const t = externalCompat(trees.oldLayout, abiRule("arm"), noSource);
    expect(t?.files).toEqual([UNISTD32]);
    expect([...(t?.byNr ?? [])]).toEqual([
      [0, "sys_restart_syscall"],
      [1, "sys_exit"],
      [3, "compat_sys_read"],
    ]);
  });

  it("refuses a unistd32.h without __SYSCALL lines, naming the missing syscall_32.tbl", () => {
    const err = thrown(() => externalCompat(trees.newLayoutNoTable, abiRule("arm"), noSource));
    expect(err).toBeInstanceOf(MissingBuildFileError);
    expect((err as MissingBuildFileError).message).toBe(
      `arch/arm64/tools/syscall_32.tbl: missing (${UNISTD32} has no __SYSCALL lines in this tree: arm's compat entries come from the table)`,
    );
  });

  it("names syscall_32.tbl when neither source exists", () => {
    expect(thrown(() => externalCompat(trees.neither, abiRule("arm"), noSource))).toMatchObject({ file: "arch/arm64/tools/syscall_32.tbl" });
  });
});
