import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeTree } from "../test-support/fixture-tree";
import { readSyshdrCommand, shellWords, LIST_VARS } from "./syshdr-command";

// Small Makefiles written in the three styles kbuild has used (not copies of the kernel's).
const TARGET_VARS = `
out := arch/$(SRCARCH)/include/generated/asm
uapi := arch/$(SRCARCH)/include/generated/uapi/asm
tbl64 := $(src)/syscall_64.tbl
syshdr := $(srctree)/scripts/syscallhdr.sh
offset :=
cmd_syshdr = $(CONFIG_SHELL) $(syshdr) --abis $(abis) --emit-nr \\
		$(if $(offset),--offset $(offset)) $< $@
$(uapi)/unistd_64.h: abis := common,64
$(uapi)/unistd_64.h: $(tbl64) $(syshdr) FORCE
	$(call if_changed,syshdr)
$(uapi)/unistd_x32.h: abis := common,x32
$(uapi)/unistd_x32.h: offset := __X32_SYSCALL_BIT
$(uapi)/unistd_x32.h: $(tbl64) $(syshdr) FORCE
	$(call if_changed,syshdr)
uapisyshdr-y += unistd_64.h unistd_x32.h
uapisyshdr-y := $(addprefix $(uapi)/, $(uapisyshdr-y))
`;

const POSITIONAL = `
uapi := arch/$(SRCARCH)/include/generated/uapi/asm
syscall := $(srctree)/$(src)/syscall.tbl
syshdr := $(srctree)/$(src)/syscallhdr.sh
cmd_syshdr = $(CONFIG_SHELL) '$(syshdr)' '$<' '$@' \\
	'$(syshdr_abis_$(basetarget))' \\
	'$(syshdr_pfx_$(basetarget))' \\
	'$(syshdr_offset_$(basetarget))'
syshdr_abis_unistd_32 := common,32
syshdr_offset_unistd_32 := 4000
$(uapi)/unistd_32.h: $(syscall) $(syshdr)
	$(call if_changed,syshdr)
uapisyshdr-y		+= unistd_32.h \\
			   unistd_64.h
`;

const PATTERN = `
uapi := arch/$(SRCARCH)/include/generated/uapi/asm
syshdr := $(srctree)/scripts/syscallhdr.sh
cmd_syshdr = $(CONFIG_SHELL) $(syshdr) --emit-nr --abis common,$* $< $@
$(uapi)/unistd_%.h: $(src)/syscall.tbl $(syshdr) FORCE
	$(call if_changed,syshdr)
uapisyshdr-y += unistd_32.h unistd_64.h
`;

const GENERIC = `
syscall_abis_32 += common,32
syscall_abis_64 += common,64
syscalltbl := $(srctree)/scripts/syscall.tbl
-include $(srctree)/arch/$(SRCARCH)/kernel/Makefile.syscalls
syshdr := $(srctree)/scripts/syscallhdr.sh
cmd_syshdr = $(CONFIG_SHELL) $(syshdr) $(if $(syscall_compat),--prefix "compat$*_") \\
	--abis $(subst $(space),$(comma),$(strip $(syscall_abis_$*))) $< $@
syscall-y := $(addprefix $(obj)/, $(syscall-y))
$(obj)/unistd_%.h: $(syscalltbl) $(syshdr) FORCE
	$(call if_changed,syshdr)
$(obj)/unistd_compat_%.h: syscall_compat:=1
$(obj)/unistd_compat_%.h: $(syscalltbl) $(syshdr) FORCE
	$(call if_changed,syshdr)
`;

const root = makeTree({
  "arch/x86/entry/syscalls/Makefile": TARGET_VARS,
  "arch/mips/kernel/syscalls/Makefile": POSITIONAL,
  "arch/sparc/kernel/syscalls/Makefile": PATTERN,
  "scripts/Makefile.asm-headers": GENERIC,
  "arch/toy/kernel/Makefile.syscalls": "syscall_abis_32 += toy time32\nsyscall_abis_64 += rlimit\nsyscalltbl = arch/toy/tools/syscall_%.tbl\n",
  "arch/toy/include/uapi/asm/Kbuild": "syscall-y += unistd_64.h\n",
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const archSource = (arch: string, dir: string) => ({ files: [`${dir}/Makefile`], src: dir, obj: dir, arch, listVars: LIST_VARS });

describe("readSyshdrCommand", () => {
  it("reads target-specific abis and offset (6.x x86 style)", () => {
    const src = archSource("x86", "arch/x86/entry/syscalls");
    expect(readSyshdrCommand(root, src, "unistd_64.h")).toMatchObject({ table: "arch/x86/entry/syscalls/syscall_64.tbl", script: "scripts/syscallhdr.sh", abis: ["common", "64"], offset: null });
    expect(readSyshdrCommand(root, src, "unistd_x32.h")).toMatchObject({ abis: ["common", "x32"], offset: "__X32_SYSCALL_BIT" });
    expect(readSyshdrCommand(root, src, "unistd_32.h")).toBeNull();
  });

  it("reads positional arguments named after the target (5.10 style)", () => {
    const src = archSource("mips", "arch/mips/kernel/syscalls");
    const cmd = readSyshdrCommand(root, src, "unistd_32.h");
    expect(cmd).toMatchObject({ table: "arch/mips/kernel/syscalls/syscall.tbl", script: "arch/mips/kernel/syscalls/syscallhdr.sh", abis: ["common", "32"], offset: "4000", prefix: "" });
    expect(() => readSyshdrCommand(root, src, "unistd_64.h")).toThrow(/listed but no rule generates it/);
  });

  it("substitutes the pattern stem for $*", () => {
    const src = archSource("sparc", "arch/sparc/kernel/syscalls");
    expect(readSyshdrCommand(root, src, "unistd_32.h")?.abis).toEqual(["common", "32"]);
    expect(readSyshdrCommand(root, src, "unistd_64.h")?.abis).toEqual(["common", "64"]);
  });

  it("follows the generic layout: Makefile.syscalls additions, table override, make functions", () => {
    const obj = "arch/toy/include/generated/uapi/asm";
    const src = { files: ["arch/toy/include/uapi/asm/Kbuild", "scripts/Makefile.asm-headers"], src: obj, obj, arch: "toy", listVars: ["syscall-y"] };
    const cmd = readSyshdrCommand(root, src, "unistd_64.h");
    expect(cmd).toMatchObject({ table: "arch/toy/tools/syscall_64.tbl", abis: ["common", "64", "rlimit"], prefix: "" });
    expect(readSyshdrCommand(root, src, "unistd_32.h")).toBeNull();
  });
});

describe("shellWords", () => {
  it("splits like a shell: quotes removed, empty quoted words kept, < separate", () => {
    expect(shellWords(`sh 'a b' '' "c"d <in x`)).toEqual(["sh", "a b", "", "cd", "<", "in", "x"]);
  });
});
