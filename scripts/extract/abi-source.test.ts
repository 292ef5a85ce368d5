import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { abiRule } from "./abi-rules";
import { findAbiSource, MissingBuildFileError } from "./abi-source";
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
const MIPS_TABLES = {
  "arch/mips/kernel/syscalls/syscall_o32.tbl": "0\to32\tsyscall\tsys_syscall\n",
  "arch/mips/kernel/syscalls/syscall_n64.tbl": "0\tn64\tread\tsys_read\n",
};
/** Trees with a build file missing (must be errors) and trees that really lack an ABI. */
const broken = {
  mipsNoMakefile: makeTree(MIPS_TABLES),
  mipsNoTables: makeTree({ "arch/mips/Kconfig": "" }),
  riscvNoMakefileSyscalls: makeTree({
    "scripts/Makefile.asm-headers": ASM_HEADERS,
    "arch/riscv/include/uapi/asm/Kbuild": "syscall-y += unistd_32.h\nsyscall-y += unistd_64.h\n",
    "arch/riscv/include/uapi/asm/unistd.h": "#include <asm/unistd_64.h>\n",
  }),
  riscvNoKbuild: makeTree({
    "scripts/Makefile.asm-headers": ASM_HEADERS,
    "arch/riscv/kernel/Makefile.syscalls": "syscall_abis_64 += riscv\n",
    "arch/riscv/include/uapi/asm/unistd.h": "#include <asm/unistd_64.h>\n",
  }),
  riscvNoAsmHeaders: makeTree({
    "arch/riscv/kernel/Makefile.syscalls": "syscall_abis_64 += riscv\n",
    "arch/riscv/include/uapi/asm/Kbuild": "syscall-y += unistd_64.h\n",
    "arch/riscv/include/uapi/asm/unistd.h": "#include <asm/unistd_64.h>\n",
  }),
  riscvNoUnistd: makeTree({ "arch/riscv/Kconfig": "" }),
  loongarchNoMakefileSyscalls: makeTree({
    "scripts/Makefile.asm-headers": ASM_HEADERS,
    "arch/loongarch/include/uapi/asm/Kbuild": "syscall-y += unistd_64.h\n",
    "arch/loongarch/include/uapi/asm/unistd.h": "#include <asm/unistd_64.h>\n",
  }),
};
afterAll(() => [...Object.values(trees), ...Object.values(broken)].forEach((t) => rmSync(t, { recursive: true, force: true })));

/** The MissingBuildFileError findAbiSource throws (fails the test when it returns). */
function missing(root: string, abi: Parameters<typeof abiRule>[0]): MissingBuildFileError {
  try {
    const src = findAbiSource(root, abiRule(abi));
    throw new Error(`expected an error, got ${JSON.stringify(src)}`);
  } catch (err) {
    if (err instanceof MissingBuildFileError) return err;
    throw err;
  }
}

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

describe("findAbiSource: a missing build file is an error, not an absent ABI", () => {
  it("names a missing arch Makefile when the arch's tables are there", () => {
    for (const abi of ["mips-o32", "mips-n32", "mips-n64"] as const) {
      const err = missing(broken.mipsNoMakefile, abi);
      expect(err.file).toBe("arch/mips/kernel/syscalls/Makefile");
      expect(err.message).toMatch(/^arch\/mips\/kernel\/syscalls\/Makefile: missing \(arch\/mips\/kernel\/syscalls\/ has syscall_n64\.tbl, syscall_o32\.tbl;/);
    }
  });

  it("keeps an arch without any syscall table absent", () => {
    expect(findAbiSource(broken.mipsNoTables, abiRule("mips-n64"))).toEqual({ kind: "absent", reason: expect.stringMatching(/no syscall table in arch\/mips\/kernel\/syscalls\//) });
  });

  it("names Makefile.syscalls when a 6.11+ generic arch lacks it", () => {
    for (const abi of ["riscv64", "riscv32"] as const) {
      const err = missing(broken.riscvNoMakefileSyscalls, abi);
      expect(err.file).toBe("arch/riscv/kernel/Makefile.syscalls");
      expect(err.message).toMatch(/arch\/riscv\/include\/uapi\/asm\/unistd\.h does not use include\/uapi\/asm-generic\/unistd\.h/);
    }
    // loongarch32 (generatedOnly) is absent in a pre-6.11 tree, but not when the 6.11+ layout is broken.
    expect(missing(broken.loongarchNoMakefileSyscalls, "loongarch32").file).toBe("arch/loongarch/kernel/Makefile.syscalls");
    expect(missing(broken.loongarchNoMakefileSyscalls, "loongarch64").file).toBe("arch/loongarch/kernel/Makefile.syscalls");
  });

  it("names the uapi Kbuild, scripts/Makefile.asm-headers or the arch unistd.h when missing", () => {
    expect(missing(broken.riscvNoKbuild, "riscv64").file).toBe("arch/riscv/include/uapi/asm/Kbuild");
    expect(missing(broken.riscvNoAsmHeaders, "riscv64").file).toBe("scripts/Makefile.asm-headers");
    expect(missing(broken.riscvNoUnistd, "riscv64").file).toBe("arch/riscv/include/uapi/asm/unistd.h");
  });
});
