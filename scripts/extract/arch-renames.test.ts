import { describe, expect, it } from "vitest";
import { applyArchRenames, parseEntryAliases, parseUnistdEdits } from "./arch-renames";

const HEADER = `/* SPDX */
#ifndef _UAPI_ASM_X_UNISTD_H
#define _UAPI_ASM_X_UNISTD_H
#include <asm/unistd_32.h>

#define __NR_sync_file_range2 84
#undef __NR_sync_file_range
#define __NR_other_alias\t(__NR_fcntl64)
#undef __NR_fcntl64
#endif
`;
const TABLE_C = `#include <asm/syscalls.h>
#define __SYSCALL(nr, call)[nr] = (call),
#define sys_sync_file_range sys_sync_file_range2
#ifdef CONFIG_FOO
#define sys_fcntl64 sys_foo_fcntl64
#endif
`;

const rows = () => [
  { nr: 25, name: "fcntl64", entry: "sys_fcntl64" },
  { nr: 84, name: "sync_file_range", entry: "sys_sync_file_range", notes: ["kept"] },
  { nr: 85, name: "timerfd_create", entry: "sys_timerfd_create" },
];

describe("arch uapi unistd.h renames", () => {
  const edits = parseUnistdEdits(HEADER, "arch/x/include/uapi/asm/unistd.h");
  const aliases = parseEntryAliases(TABLE_C, "arch/x/kernel/syscall_table.c");

  it("reads #undef and #define __NR_ lines (include guard is not a condition)", () => {
    expect([...edits.undefs.keys()]).toEqual(["sync_file_range", "fcntl64"]);
    expect(edits.defines.get("sync_file_range2")).toEqual({ value: { nr: 84 }, line: 6 });
    expect(edits.defines.get("other_alias")).toEqual({ value: { sameAs: "fcntl64" }, line: 8 });
  });

  it("reads only unconditional sys_ aliases", () => {
    expect(aliases).toEqual([{ from: "sys_sync_file_range", to: "sys_sync_file_range2", where: "arch/x/kernel/syscall_table.c:3" }]);
  });

  it("renames by number or by __NR_ alias, and follows the entry alias of a renamed row", () => {
    const out = applyArchRenames(rows(), edits, aliases);
    expect(out.map((r) => [r.nr, r.name, r.entry])).toEqual([
      [25, "other_alias", "sys_fcntl64"],
      [84, "sync_file_range2", "sys_sync_file_range2"],
      [85, "timerfd_create", "sys_timerfd_create"],
    ]);
    expect(out[1]?.notes?.[0]).toBe("kept");
    expect(out[1]?.notes?.[2]).toBe("arch/x/kernel/syscall_table.c:3 defines sys_sync_file_range as sys_sync_file_range2");
    expect(out[2]?.notes).toBeUndefined();
  });

  it("refuses an #undef it cannot pair with a number", () => {
    const bad = parseUnistdEdits("#define __NR_sync_file_range2 99\n#undef __NR_sync_file_range\n", "u.h");
    expect(() => applyArchRenames(rows(), bad, [])).toThrow(/u\.h:2: #undef __NR_sync_file_range \(number 84\) with no/);
  });

  it("refuses a conditional #undef", () => {
    expect(() => parseUnistdEdits("#ifdef __FOO__\n#undef __NR_x\n#endif\n", "u.h")).toThrow(/u\.h:2: .*conditional/);
  });
});
