import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { abiRule } from "./abi-rules";
import { findAbiSource } from "./abi-source";
import { makeTree } from "./test-support/fixture-tree";

// A small generic-layout Makefile in kbuild's style (not a copy of the kernel's).
const ASM_HEADERS = `
syscall_abis_32 += common,32
syscall_abis_64 += common,64
syscalltbl := $(srctree)/scripts/syscall.tbl
-include $(srctree)/arch/$(SRCARCH)/kernel/Makefile.syscalls
syshdr := $(srctree)/scripts/syscallhdr.sh
cmd_syshdr = $(CONFIG_SHELL) $(syshdr) --emit-nr --abis $(subst $(space),$(comma),$(strip $(syscall_abis_$*))) $< $@
syscall-y := $(addprefix $(obj)/, $(syscall-y))
$(obj)/unistd_%.h: $(syscalltbl) $(syshdr) FORCE
	$(call if_changed,syshdr)
`;
const UNISTD = "#define __ARCH_WANT_SYS_CLONE\n#include <asm-generic/unistd.h>\n";

/** The three shapes LoongArch has had: asm-generic (6.1), 64-bit only (6.12), both (7.2+). */
const trees = {
  asmGeneric: makeTree({ "arch/loongarch/include/uapi/asm/unistd.h": UNISTD }),
  only64: makeTree({
    "scripts/Makefile.asm-headers": ASM_HEADERS,
    "arch/loongarch/kernel/Makefile.syscalls": "syscall_abis_64 +=\n",
    "arch/loongarch/include/uapi/asm/Kbuild": "syscall-y += unistd_64.h\n",
  }),
  both: makeTree({
    "scripts/Makefile.asm-headers": ASM_HEADERS,
    "arch/loongarch/kernel/Makefile.syscalls": "syscall_abis_32 += memfd_secret\nsyscall_abis_64 += memfd_secret\n",
    "arch/loongarch/include/uapi/asm/Kbuild": "syscall-y += unistd_32.h\nsyscall-y += unistd_64.h\n",
  }),
};
afterAll(() => Object.values(trees).forEach((t) => rmSync(t, { recursive: true, force: true })));

describe("findAbiSource: loongarch32 exists only where kbuild generates unistd_32.h", () => {
  it("is absent from the asm-generic layout, which loongarch64 still reads", () => {
    const src = findAbiSource(trees.asmGeneric, abiRule("loongarch32"));
    expect(src).toEqual({ kind: "absent", reason: expect.stringMatching(/no arch\/loongarch\/kernel\/Makefile\.syscalls.*no unistd_32\.h/) });
    expect(findAbiSource(trees.asmGeneric, abiRule("loongarch64")).kind).toBe("asm-generic");
  });

  it("is absent when the uapi Kbuild lists only unistd_64.h", () => {
    expect(findAbiSource(trees.only64, abiRule("loongarch32"))).toEqual({ kind: "absent", reason: expect.stringMatching(/generate no unistd_32\.h/) });
    expect(findAbiSource(trees.only64, abiRule("loongarch64")).kind).toBe("table");
  });

  it("reads the 32-bit --abis from the Makefiles when the header is listed", () => {
    const src = findAbiSource(trees.both, abiRule("loongarch32"));
    if (src.kind !== "table") throw new Error(`expected a table, got ${src.kind}`);
    expect(src.commands).toMatchObject([{ header: "unistd_32.h", table: "scripts/syscall.tbl", abis: ["common", "32", "memfd_secret"], offset: null }]);
  });
});
