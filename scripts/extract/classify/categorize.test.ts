import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, type CategoryId, type Param } from "@/lib/schema/kernel-api";
import { categorize, entryBaseName } from "./categorize";

/** "int dfd, const char __user * filename" -> params (as the kernel's SYSCALL_DEFINEs write them). */
function proto(text: string): Param[] {
  if (text.trim() === "") return [];
  return text.split(",").map((p) => {
    const m = /^(.*?)(\w+)$/.exec(p.trim());
    if (!m?.[1] || !m[2]) throw new Error(`bad param "${p}"`);
    return { type: m[1].trim(), name: m[2], size: null };
  });
}

function cats(name: string, params: string | null, file: string | null, entry: string | null = `sys_${name}`): CategoryId[] {
  return categorize({ name, params: params === null ? null : proto(params), source: file ? { file, line: 1 } : null, entry });
}

describe("categorize: well-known memberships (strace(1) class definitions)", () => {
  it("file + desc for *at calls, desc for fd calls", () => {
    expect(cats("openat", "int dfd, const char __user * filename, int flags, umode_t mode", "fs/open.c")).toEqual(["file", "desc"]);
    expect(cats("open", "const char __user * filename, int flags, umode_t mode", "fs/open.c")).toEqual(["file", "desc"]);
    expect(cats("read", "unsigned int fd, char __user * buf, size_t count", "fs/read_write.c")).toEqual(["desc"]);
    expect(cats("close", "unsigned int fd", "fs/open.c")).toEqual(["desc"]);
    expect(cats("pipe2", "int __user * fildes, int flags", "fs/pipe.c")).toEqual(["desc"]);
    expect(cats("poll", "struct pollfd __user * ufds, unsigned int nfds, int timeout_msecs", "fs/select.c")).toEqual(["desc"]);
    expect(cats("close_range", "unsigned int fd, unsigned int max_fd, unsigned int flags", "fs/file.c")).toEqual(["desc"]);
    expect(cats("_llseek", "unsigned int fd, unsigned long offset_high, unsigned long offset_low, loff_t __user * result, unsigned int whence", "fs/read_write.c", "sys_llseek")).toEqual(["desc"]);
  });

  it("a name that is not a path does not make a call %file", () => {
    expect(cats("setxattr", "const char __user * pathname, const char __user * name, const void __user * value, size_t size, int flags", "fs/xattr.c")).toEqual(["file"]);
    expect(cats("fsetxattr", "int fd, const char __user * name, const void __user * value, size_t size, int flags", "fs/xattr.c")).toEqual(["desc"]);
    expect(cats("sethostname", "char __user * name, int len", "kernel/sys.c")).toEqual(["uncategorized"]);
    expect(cats("acct", "const char __user * name", "kernel/acct.c")).toEqual(["file"]);
    expect(cats("umount2", "char __user * name, int flags", "fs/namespace.c", "sys_umount")).toEqual(["file"]);
    expect(cats("mount", "char __user * dev_name, char __user * dir_name, char __user * type, unsigned long flags, void __user * data", "fs/namespace.c")).toEqual(["file"]);
  });

  it("network and process", () => {
    expect(cats("socket", "int family, int type, int protocol", "net/socket.c")).toEqual(["desc", "network"]);
    expect(cats("connect", "int fd, struct sockaddr __user * uservaddr, int addrlen", "net/socket.c")).toEqual(["desc", "network"]);
    expect(cats("socketcall", "int call, unsigned long __user * args", "net/socket.c")).toEqual(["desc", "network"]);
    expect(cats("clone", "unsigned long clone_flags, unsigned long newsp, int __user * parent_tidptr, int __user * child_tidptr, unsigned long tls", "kernel/fork.c")).toEqual(["process"]);
    expect(cats("execve", "const char __user * filename, const char __user *const __user * argv, const char __user *const __user * envp", "fs/exec.c")).toEqual(["file", "process"]);
    expect(cats("execveat", "int fd, const char __user * filename, const char __user *const __user * argv, const char __user *const __user * envp, int flags", "fs/exec.c")).toEqual(["file", "desc", "process"]);
    expect(cats("exit_group", "int error_code", "kernel/exit.c")).toEqual(["process"]);
    expect(cats("wait4", "pid_t upid, int __user * stat_addr, int options, struct rusage __user * ru", "kernel/exit.c")).toEqual(["process"]);
  });

  it("signal (kill also ends processes: %process too)", () => {
    expect(cats("kill", "pid_t pid, int sig", "kernel/signal.c")).toEqual(["process", "signal"]);
    expect(cats("tgkill", "pid_t tgid, pid_t pid, int sig", "kernel/signal.c")).toEqual(["process", "signal"]);
    expect(cats("rt_sigaction", "int sig, const struct sigaction __user * act, struct sigaction __user * oact, size_t sigsetsize", "kernel/signal.c")).toEqual(["signal"]);
    expect(cats("rt_sigreturn", null, "arch/x86/kernel/signal_64.c")).toEqual(["signal"]);
    expect(cats("signalfd4", "int ufd, sigset_t __user * user_mask, size_t sizemask, int flags", "fs/signalfd.c")).toEqual(["desc", "signal"]);
    expect(cats("restart_syscall", "", "kernel/signal.c")).toEqual(["uncategorized"]);
  });

  it("ipc and memory", () => {
    expect(cats("msgget", "key_t key, int msgflg", "ipc/msg.c")).toEqual(["ipc"]);
    expect(cats("ipc", "unsigned int call, int first, unsigned long second, unsigned long third, void __user * ptr, long fifth", "ipc/syscall.c")).toEqual(["ipc"]);
    expect(cats("mq_open", "const char __user * u_name, int oflag, umode_t mode, struct mq_attr __user * u_attr", "ipc/mqueue.c")).toEqual(["desc", "ipc"]);
    expect(cats("mmap", "unsigned long addr, unsigned long len, unsigned long prot, unsigned long flags, unsigned long fd, unsigned long off", "arch/x86/kernel/sys_x86_64.c")).toEqual(["desc", "memory"]);
    expect(cats("mmap2", "unsigned long addr, unsigned long len, unsigned long prot, unsigned long flags, unsigned long fd, unsigned long pgoff", "arch/arm/kernel/sys_arm.c")).toEqual(["desc", "memory"]);
    expect(cats("mmap", "struct mmap_arg_struct __user * arg", "arch/x86/kernel/sys_ia32.c", "sys_old_mmap")).toEqual(["desc", "memory"]);
    expect(cats("munmap", "unsigned long addr, size_t len", "mm/mmap.c")).toEqual(["memory"]);
    expect(cats("brk", "unsigned long brk", "mm/mmap.c")).toEqual(["memory"]);
    expect(cats("madvise", "unsigned long start, size_t len_in, int behavior", "mm/madvise.c")).toEqual(["memory"]);
    expect(cats("subpage_prot", "unsigned long addr, unsigned long len, u32 __user * map", "arch/powerpc/mm/book3s64/subpage_prot.c")).toEqual(["memory"]);
    // In mm/ but about files, swap or fds, not mappings:
    expect(cats("fadvise64", "int fd, loff_t offset, size_t len, int advice", "mm/fadvise.c")).toEqual(["desc"]);
    expect(cats("swapon", "const char __user * specialfile, int swap_flags", "mm/swapfile.c")).toEqual(["file"]);
    expect(cats("memfd_create", "const char __user * uname, unsigned int flags", "mm/memfd.c")).toEqual(["desc"]);
  });

  it("creds, clock, pure", () => {
    expect(cats("setuid", "uid_t uid", "kernel/sys.c")).toEqual(["creds"]);
    expect(cats("setresgid32", "gid_t rgid, gid_t egid, gid_t sgid", "kernel/sys.c", "sys_setresgid")).toEqual(["creds"]);
    expect(cats("capget", "cap_user_header_t header, cap_user_data_t dataptr", "kernel/capability.c")).toEqual(["creds"]);
    expect(cats("getuid", "", "kernel/sys.c", "sys_getuid16")).toEqual(["creds", "pure"]);
    expect(cats("getpid", "", "kernel/sys.c")).toEqual(["pure"]);
    expect(cats("gettid", "", "kernel/sys.c")).toEqual(["pure"]);
    expect(cats("clock_gettime", "const clockid_t which_clock, struct __kernel_timespec __user * tp", "kernel/time/posix-timers.c")).toEqual(["clock"]);
    expect(cats("clock_gettime64", "const clockid_t which_clock, struct __kernel_timespec __user * tp", "kernel/time/posix-timers.c", "sys_clock_gettime")).toEqual(["clock"]);
    expect(cats("gettimeofday", "struct __kernel_old_timeval __user * tv, struct timezone __user * tz", "kernel/time/time.c")).toEqual(["clock"]);
    expect(cats("clock_nanosleep", "const clockid_t which_clock, int flags, const struct __kernel_timespec __user * rqtp, struct __kernel_timespec __user * rmtp", "kernel/time/posix-timers.c")).toEqual(["uncategorized"]);
    // get_thread_area is %pure only where it takes no argument (not on x86).
    expect(cats("get_thread_area", "struct user_desc __user * u_info", "arch/x86/kernel/tls.c")).toEqual(["uncategorized"]);
    expect(cats("get_thread_area", "", "arch/m68k/kernel/sys_m68k.c")).toEqual(["pure"]);
    expect(cats("get_thread_area", null, null)).toEqual(["uncategorized"]);
  });

  it("stat and statfs variants", () => {
    const fname = "const char __user * filename, struct stat __user * statbuf";
    expect(cats("stat", fname, "fs/stat.c", "sys_newstat")).toEqual(["file", "stat", "stat_any"]);
    expect(cats("oldstat", "const char __user * filename, struct __old_kernel_stat __user * statbuf", "fs/stat.c", "sys_stat")).toEqual(["file", "stat", "stat_any"]);
    expect(cats("lstat64", fname, "fs/stat.c")).toEqual(["file", "lstat", "stat_any"]);
    expect(cats("fstat", "unsigned int fd, struct stat __user * statbuf", "fs/stat.c", "sys_newfstat")).toEqual(["desc", "fstat", "stat_any"]);
    expect(cats("newfstatat", "int dfd, const char __user * filename, struct stat __user * statbuf, int flag", "fs/stat.c")).toEqual(["file", "desc", "fstat", "stat_any"]);
    expect(cats("fstatat64", null, null)).toEqual(["file", "desc", "fstat", "stat_any"]);
    // statx: a path relative to a dirfd; strace(1) puts it in %fstat and %%stat.
    expect(cats("statx", "int dfd, const char __user * filename, unsigned flags, unsigned int mask, struct statx __user * buffer", "fs/stat.c")).toEqual(["file", "desc", "fstat", "stat_any"]);
    expect(cats("statfs64", "const char __user * pathname, size_t sz, struct statfs64 __user * buf", "fs/statfs.c")).toEqual(["file", "statfs", "statfs_any"]);
    expect(cats("fstatfs", "unsigned int fd, struct statfs __user * buf", "fs/statfs.c")).toEqual(["desc", "fstatfs", "statfs_any"]);
    expect(cats("osf_statfs64", "char __user * pathname, struct osf_statfs64 __user * buffer, unsigned long bufsiz", "arch/alpha/kernel/osf_sys.c")).toEqual(["file", "statfs", "statfs_any"]);
    expect(cats("ustat", "unsigned dev, struct ustat __user * ubuf", "fs/statfs.c")).toEqual(["statfs_any"]);
    expect(cats("statmount", "const struct mnt_id_req __user * req, struct statmount __user * buf, size_t bufsize, unsigned int flags", "fs/namespace.c")).toEqual(["uncategorized"]);
    expect(cats("cachestat", "unsigned int fd, struct cachestat_range __user * cstat_range, struct cachestat __user * cstat, unsigned int flags", "mm/filemap.c")).toEqual(["desc"]);
  });
});

describe("categorize: shape of the result", () => {
  const NAMES = ["sched_yield", "futex", "reboot", "ptrace", "getrandom", "riscv_flush_icache", "openat", "kill", "nosuch", "_newselect", "vm86"];
  it("is never empty, ordered as CATEGORY_IDS, and 'uncategorized' only alone", () => {
    for (const name of NAMES) {
      for (const params of [null, "", "int fd", "const char __user * pathname"]) {
        const got = cats(name, params, null);
        expect(got.length, name).toBeGreaterThan(0);
        expect(new Set(got).size).toBe(got.length);
        expect([...got].sort((a, b) => CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b))).toEqual(got);
        if (got.includes("uncategorized")) expect(got).toEqual(["uncategorized"]);
      }
    }
    expect(cats("sched_yield", "", "kernel/sched/syscalls.c")).toEqual(["uncategorized"]);
  });

  it("reads entry symbols", () => {
    expect(entryBaseName("__x64_sys_newstat")).toBe("newstat");
    expect(entryBaseName("__ia32_compat_sys_fstatat64")).toBe("fstatat64");
    expect(entryBaseName("compat_sys_statfs64")).toBe("statfs64");
    expect(entryBaseName("sys_ni_syscall")).toBeNull();
    expect(entryBaseName(null)).toBeNull();
    expect(entryBaseName("arm_syscall_stub")).toBeNull();
  });
});

describe("categorize: curated strace classes (source: strace's syscallent tables, flags per call)", () => {
  it("shmat and shmdt are ipc and memory (strace: TI|TM|SI)", () => {
    expect([...cats("shmat", "int shmid, char __user * shmaddr, int shmflg", "ipc/shm.c")].sort()).toEqual(["ipc", "memory"]);
    expect([...cats("shmdt", "char __user * shmaddr", "ipc/shm.c")].sort()).toEqual(["ipc", "memory"]);
    // shmget/shmctl stay ipc only (strace: TI).
    expect(cats("shmget", "key_t key, size_t size, int shmflg", "ipc/shm.c")).toEqual(["ipc"]);
  });

  it("unshare is process (strace: TP)", () => {
    expect(cats("unshare", "unsigned long unshare_flags", "kernel/fork.c")).toEqual(["process"]);
    expect(cats("setns", "int fd, int flags", "kernel/nsproxy.c")).toEqual(["desc"]);
  });
});
