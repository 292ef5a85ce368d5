/** A tiny x86-only kernel tree in the 6.x kbuild style (our own text, same shape). */
export const X86_MAKEFILE = `uapi := arch/$(SRCARCH)/include/generated/uapi/asm
syscall32 := $(src)/syscall_32.tbl
syscall64 := $(src)/syscall_64.tbl
syshdr := $(srctree)/scripts/syscallhdr.sh
offset :=
cmd_syshdr = $(CONFIG_SHELL) $(syshdr) --abis $(abis) --emit-nr $(if $(offset),--offset $(offset)) $< $@
$(uapi)/unistd_32.h: abis := i386
$(uapi)/unistd_32.h: $(syscall32) $(syshdr) FORCE
	$(call if_changed,syshdr)
$(uapi)/unistd_64.h: abis := common,64
$(uapi)/unistd_64.h: $(syscall64) $(syshdr) FORCE
	$(call if_changed,syshdr)
$(uapi)/unistd_x32.h: abis := common,x32
$(uapi)/unistd_x32.h: offset := __X32_SYSCALL_BIT
$(uapi)/unistd_x32.h: $(syscall64) $(syshdr) FORCE
	$(call if_changed,syshdr)
uapisyshdr-y += unistd_32.h unistd_64.h unistd_x32.h
`;

export const X86_TREE: Record<string, string> = {
  Makefile: "VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 1\nEXTRAVERSION =\n",
  "arch/x86/entry/syscalls/Makefile": X86_MAKEFILE,
  "arch/x86/entry/syscalls/syscall_64.tbl": "# x86-64\n0\tcommon\tread\tsys_read\n1\tcommon\twrite\tsys_write\n3\t64\tioctl\tsys_ioctl\n4\tcommon\ttuxcall\n512\tx32\tioctl\tcompat_sys_ioctl\n",
  "arch/x86/entry/syscalls/syscall_32.tbl": "# i386\n1\ti386\texit\tsys_exit\t-\tnoreturn\n3\ti386\tread\tsys_read\n54\ti386\tioctl\tsys_ioctl\tcompat_sys_ioctl\n56\ti386\tmpx\n",
  "arch/x86/include/uapi/asm/unistd.h": "#ifndef X\n#define X\n#define __X32_SYSCALL_BIT\t0x40000000\n#endif\n",
};
