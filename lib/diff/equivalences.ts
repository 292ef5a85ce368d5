/**
 * Syscalls that do the same job under another name, so the diff can name a replacement
 * instead of just reporting a call as missing. Curated data; the engine applies it
 * generically (`equivalents-for.ts`). Three kinds of relation:
 * - `alias`: the same call under different names on different ABIs; any stands for any other.
 * - `replaced-by`: `old` can be expressed with one of `by` (not the other way round).
 * - `multiplexer`: one entry point dispatching to the direct calls; each direct call can
 *   go through the multiplexer and the multiplexer can be split into them.
 * Each entry carries a one-line reason shown next to the replacement.
 */

export type Equivalence =
  | { kind: "alias"; names: readonly string[]; reason: string }
  | { kind: "replaced-by"; old: readonly string[]; by: readonly string[]; reason: string }
  | { kind: "multiplexer"; multiplexer: string; calls: readonly string[]; reason: string };

const alias = (names: readonly string[], reason: string): Equivalence => ({ kind: "alias", names, reason });
const replaced = (old: readonly string[], by: readonly string[], reason: string): Equivalence => ({
  kind: "replaced-by",
  old,
  by,
  reason,
});

/** 32-bit ABIs' calls with 64-bit time_t, and the 64-bit ABIs' plain names for them. */
const TIME64_PAIRS: readonly (readonly [string, string])[] = [
  ["clock_gettime64", "clock_gettime"],
  ["clock_settime64", "clock_settime"],
  ["clock_adjtime64", "clock_adjtime"],
  ["clock_getres_time64", "clock_getres"],
  ["clock_nanosleep_time64", "clock_nanosleep"],
  ["timer_gettime64", "timer_gettime"],
  ["timer_settime64", "timer_settime"],
  ["timerfd_gettime64", "timerfd_gettime"],
  ["timerfd_settime64", "timerfd_settime"],
  ["utimensat_time64", "utimensat"],
  ["pselect6_time64", "pselect6"],
  ["ppoll_time64", "ppoll"],
  ["io_pgetevents_time64", "io_pgetevents"],
  ["recvmmsg_time64", "recvmmsg"],
  ["mq_timedsend_time64", "mq_timedsend"],
  ["mq_timedreceive_time64", "mq_timedreceive"],
  ["semtimedop_time64", "semtimedop"],
  ["rt_sigtimedwait_time64", "rt_sigtimedwait"],
  ["futex_time64", "futex"],
  ["sched_rr_get_interval_time64", "sched_rr_get_interval"],
];

/** 32-bit ABIs' large-file or 32-bit-id calls, and the 64-bit ABIs' plain names. */
const WIDE_PAIRS: readonly (readonly [string, string, string])[] = [
  ["fstat64", "fstat", "fstat64 is the 32-bit ABIs' stat with 64-bit fields, as fstat is on 64-bit ABIs"],
  ["stat64", "stat", "stat64 is the 32-bit ABIs' stat with 64-bit fields, as stat is on 64-bit ABIs"],
  ["lstat64", "lstat", "lstat64 is the 32-bit ABIs' lstat with 64-bit fields, as lstat is on 64-bit ABIs"],
  ["statfs64", "statfs", "statfs64 takes the 64-bit struct statfs64, which statfs already is on 64-bit ABIs"],
  ["fstatfs64", "fstatfs", "fstatfs64 takes the 64-bit struct statfs64, which fstatfs already is on 64-bit ABIs"],
  ["truncate64", "truncate", "truncate64 takes a 64-bit length, as truncate does on 64-bit ABIs"],
  ["ftruncate64", "ftruncate", "ftruncate64 takes a 64-bit length, as ftruncate does on 64-bit ABIs"],
  ["fcntl64", "fcntl", "fcntl64 is the 32-bit ABIs' fcntl with 64-bit struct flock, as fcntl is on 64-bit ABIs"],
  ["sendfile64", "sendfile", "sendfile64 takes a 64-bit offset, as sendfile does on 64-bit ABIs"],
];

const ID32_CALLS = [
  "chown", "lchown", "fchown", "getuid", "getgid", "geteuid", "getegid", "setuid", "setgid",
  "setreuid", "setregid", "getresuid", "setresuid", "getresgid", "setresgid", "getgroups",
  "setgroups", "setfsuid", "setfsgid",
] as const;

const SOCKET_CALLS = [
  "socket", "bind", "connect", "listen", "accept", "getsockname", "getpeername", "socketpair",
  "send", "recv", "sendto", "recvfrom", "shutdown", "setsockopt", "getsockopt", "sendmsg",
  "recvmsg", "accept4", "recvmmsg", "sendmmsg",
] as const;

const IPC_CALLS = [
  "semop", "semget", "semctl", "semtimedop", "msgsnd", "msgrcv", "msgget", "msgctl", "shmat",
  "shmdt", "shmget", "shmctl",
] as const;

export const EQUIVALENCES: readonly Equivalence[] = [
  // Same call, different names.
  alias(["newfstatat", "fstatat64"], "the same fstatat: 64-bit ABIs call it newfstatat, 32-bit ABIs fstatat64"),
  alias(["mmap", "mmap2", "old_mmap"], "mmap2 takes the offset in 4096-byte pages; old_mmap takes its six arguments in a struct"),
  alias(["fadvise64", "fadvise64_64", "arm_fadvise64_64"], "the same posix_fadvise; the variants differ in how the 64-bit offset and length are passed"),
  alias(["sync_file_range", "sync_file_range2", "arm_sync_file_range"], "the same sync_file_range; sync_file_range2 moves flags second so the 64-bit pairs stay aligned"),
  alias(["lseek", "_llseek", "llseek"], "_llseek passes the offset as two words and returns it through a pointer; lseek does it in one register"),
  alias(["select", "_newselect"], "_newselect is the 32-bit ABIs' name for select with separate arguments"),
  alias(["getrlimit", "ugetrlimit"], "ugetrlimit is the getrlimit with unsigned limits of some 32-bit ABIs"),
  ...TIME64_PAIRS.map(([t64, plain]) => alias([t64, plain], `${t64} takes a 64-bit time_t, as ${plain} does on 64-bit ABIs`)),
  ...WIDE_PAIRS.map(([wide, plain, reason]) => alias([wide, plain], reason)),
  ...ID32_CALLS.map((c) => alias([`${c}32`, c], `${c}32 takes 32-bit user/group ids, as ${c} does on 64-bit ABIs`)),

  // Older calls that a newer one can express.
  replaced(["open"], ["openat", "openat2"], "open(p, f, m) is openat(AT_FDCWD, p, f, m)"),
  replaced(["creat"], ["openat", "openat2"], "creat(p, m) is openat(AT_FDCWD, p, O_CREAT|O_WRONLY|O_TRUNC, m)"),
  replaced(["fork", "vfork"], ["clone", "clone3"], "fork is clone(SIGCHLD); vfork is clone(CLONE_VM|CLONE_VFORK|SIGCHLD)"),
  replaced(["dup2"], ["dup3"], "dup2(a, b) is dup3(a, b, 0) when a != b (dup2 returns b at once when a == b)"),
  replaced(["pipe"], ["pipe2"], "pipe(fds) is pipe2(fds, 0)"),
  replaced(["stat", "lstat", "oldstat", "oldlstat"], ["newfstatat", "fstatat64", "statx"], "stat(p, s) is fstatat(AT_FDCWD, p, s, 0); lstat adds AT_SYMLINK_NOFOLLOW"),
  replaced(["stat64", "lstat64"], ["fstatat64", "newfstatat", "statx"], "stat64(p, s) is fstatat64(AT_FDCWD, p, s, 0); lstat64 adds AT_SYMLINK_NOFOLLOW"),
  replaced(["fstat", "fstat64", "oldfstat"], ["statx"], "fstat(fd, s) is statx(fd, \"\", AT_EMPTY_PATH, STATX_BASIC_STATS, ...) converted"),
  replaced(["poll"], ["ppoll", "ppoll_time64"], "poll(f, n, ms) is ppoll(f, n, timeout, NULL)"),
  replaced(["select", "_newselect"], ["pselect6", "pselect6_time64"], "select is pselect6 with a timespec timeout and no signal mask"),
  replaced(["epoll_wait"], ["epoll_pwait", "epoll_pwait2"], "epoll_wait is epoll_pwait with a NULL signal mask"),
  replaced(["epoll_create"], ["epoll_create1"], "epoll_create(n) is epoll_create1(0) (n is only checked to be positive)"),
  replaced(["inotify_init"], ["inotify_init1"], "inotify_init() is inotify_init1(0)"),
  replaced(["eventfd"], ["eventfd2"], "eventfd(n) is eventfd2(n, 0)"),
  replaced(["signalfd"], ["signalfd4"], "signalfd(fd, m, s) is signalfd4(fd, m, s, 0)"),
  replaced(["getdents", "readdir"], ["getdents64"], "getdents64 returns the same entries with 64-bit inode and offset fields"),
  replaced(["access"], ["faccessat", "faccessat2"], "access(p, m) is faccessat(AT_FDCWD, p, m)"),
  replaced(["link"], ["linkat"], "link(a, b) is linkat(AT_FDCWD, a, AT_FDCWD, b, 0)"),
  replaced(["unlink"], ["unlinkat"], "unlink(p) is unlinkat(AT_FDCWD, p, 0)"),
  replaced(["rmdir"], ["unlinkat"], "rmdir(p) is unlinkat(AT_FDCWD, p, AT_REMOVEDIR)"),
  replaced(["mkdir"], ["mkdirat"], "mkdir(p, m) is mkdirat(AT_FDCWD, p, m)"),
  replaced(["mknod"], ["mknodat"], "mknod(p, m, d) is mknodat(AT_FDCWD, p, m, d)"),
  replaced(["rename"], ["renameat", "renameat2"], "rename(a, b) is renameat2(AT_FDCWD, a, AT_FDCWD, b, 0)"),
  replaced(["renameat"], ["renameat2"], "renameat is renameat2 with flags 0"),
  replaced(["symlink"], ["symlinkat"], "symlink(t, p) is symlinkat(t, AT_FDCWD, p)"),
  replaced(["readlink"], ["readlinkat"], "readlink(p, b, n) is readlinkat(AT_FDCWD, p, b, n)"),
  replaced(["chmod"], ["fchmodat", "fchmodat2"], "chmod(p, m) is fchmodat(AT_FDCWD, p, m)"),
  replaced(["chown", "lchown"], ["fchownat"], "chown(p, u, g) is fchownat(AT_FDCWD, p, u, g, 0); lchown adds AT_SYMLINK_NOFOLLOW"),
  replaced(["utime", "utimes", "futimesat"], ["utimensat", "utimensat_time64"], "utime, utimes and futimesat are utimensat with timespecs"),
  replaced(["umount"], ["umount2"], "umount(p) is umount2(p, 0)"),
  replaced(["olduname", "oldolduname"], ["uname"], "the old uname structs are prefixes of struct new_utsname, which uname fills"),
  replaced(["signal", "sigaction"], ["rt_sigaction"], "signal and sigaction are rt_sigaction with the old sigset and struct"),
  replaced(["sigprocmask", "sgetmask", "ssetmask"], ["rt_sigprocmask"], "the old mask calls are rt_sigprocmask with a one-word sigset"),
  replaced(["sigpending"], ["rt_sigpending"], "sigpending is rt_sigpending with a one-word sigset"),
  replaced(["sigsuspend", "pause"], ["rt_sigsuspend"], "sigsuspend is rt_sigsuspend with a one-word sigset; pause is it with the current mask"),
  replaced(["waitpid"], ["wait4"], "waitpid(p, s, o) is wait4(p, s, o, NULL)"),
  replaced(["wait4"], ["waitid"], "wait4 can be built on waitid: status rebuilt from the siginfo, rusage from waitid's fifth argument"),
  replaced(["time"], ["clock_gettime", "clock_gettime64", "gettimeofday"], "time(t) is the seconds of clock_gettime(CLOCK_REALTIME)"),
  replaced(["stime"], ["clock_settime", "clock_settime64", "settimeofday"], "stime(t) is clock_settime(CLOCK_REALTIME) with zero nanoseconds"),
  replaced(["nanosleep"], ["clock_nanosleep", "clock_nanosleep_time64"], "nanosleep(r, rem) is clock_nanosleep(CLOCK_REALTIME, 0, r, rem)"),
  replaced(["io_getevents"], ["io_pgetevents", "io_pgetevents_time64"], "io_getevents is io_pgetevents with a NULL signal mask"),
  replaced(["alarm"], ["setitimer"], "alarm(s) is setitimer(ITIMER_REAL) with a one-shot value"),
  replaced(["getpgrp"], ["getpgid"], "getpgrp() is getpgid(0)"),
  replaced(["nice"], ["setpriority", "getpriority"], "nice(n) is setpriority(PRIO_PROCESS, 0, current + n)"),
  replaced(["getrlimit", "setrlimit", "ugetrlimit"], ["prlimit64"], "getrlimit/setrlimit are prlimit64(0, resource, new, old)"),
  replaced(["send"], ["sendto"], "send(s, b, n, f) is sendto(s, b, n, f, NULL, 0)"),
  replaced(["recv"], ["recvfrom"], "recv(s, b, n, f) is recvfrom(s, b, n, f, NULL, NULL)"),
  replaced(["semop"], ["semtimedop", "semtimedop_time64"], "semop(id, ops, n) is semtimedop(id, ops, n, NULL)"),

  // Multiplexers.
  { kind: "multiplexer", multiplexer: "socketcall", calls: SOCKET_CALLS, reason: "socketcall(call, args) dispatches to the socket calls by number" },
  { kind: "multiplexer", multiplexer: "ipc", calls: IPC_CALLS, reason: "ipc(call, ...) dispatches to the System V IPC calls by number" },
];
