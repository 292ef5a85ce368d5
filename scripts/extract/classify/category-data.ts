/**
 * The data behind `categorize`: parameter names that hold a path or a file descriptor,
 * name patterns for the classes strace(1) defines by name (stat/statfs variants, %pure),
 * and a small curated table for what the prototype rules cannot see. Every entry is ours,
 * derived from strace(1)'s class definitions and the kernel's prototypes (see README.md).
 */
import type { CategoryId } from "@/lib/schema/kernel-api";

/** Parameters of type `(const) char __user *` that hold a path name. */
export const PATH_PARAMS = new Set([
  "filename",
  "pathname",
  "path",
  "oldname", // link, rename, symlink
  "newname",
  "from_pathname", // move_mount
  "to_pathname",
  "specialfile", // swapon, swapoff
  "special", // quotactl: the block device
  "dev_name", // mount: the source (a device path for block file systems)
  "dir_name", // mount: the mount point
  "new_root", // pivot_root
  "put_old",
  "library", // uselib
]);

/** Parameters that are file descriptors (or, for pipe/socketpair, where fds are returned). */
export const FD_PARAM = /^(fd|fildes|mqdes|u?fds?|fd_(in|out)|fd(in|out)|[a-z_]*fd)$/;
/** ...but not these, which are counts or bounds ("max_fd" of close_range, "nfds" of poll). */
export const NOT_FD_PARAMS = new Set(["nfds", "max_fd", "maxfd"]);
/** Parameter types that carry file descriptors: select's fd_set, poll's pollfd array. */
export const FD_TYPE = /\b(fd_set|pollfd)\b/;

/** Calls whose result is a new file descriptor (no fd parameter shows it). */
export const RETURNS_FD = new Set([
  "open", "creat", "openat", "openat2", "open_by_handle_at", "open_tree", "open_tree_attr",
  "osf_old_open", "dup", "socket", "socketpair", "accept", "accept4", "pipe", "pipe2",
  "epoll_create", "epoll_create1", "eventfd", "eventfd2", "inotify_init", "inotify_init1",
  "fanotify_init", "signalfd", "signalfd4", "timerfd_create", "memfd_create", "memfd_secret",
  "userfaultfd", "perf_event_open", "pidfd_open", "pidfd_getfd", "fsopen", "fspick", "fsmount",
  "io_uring_setup", "mq_open", "landlock_create_ruleset", "bpf", "spu_create",
]);

/** Network: everything in net/, and the socket calls by name (arch wrappers, alpha's osf_n*). */
export const NETWORK_NAME =
  /^(osf_n)?(accept4?|bind|connect|get(peer|sock)name|[gs]etsockopt|listen|recv(from|msg|mmsg(_time64)?)?|send(to|msg|mmsg)?|shutdown|socket(call|pair)?)$/;

/** System V IPC and POSIX message queues (ipc/), by name for arch wrappers. */
export const IPC_NAME = /^(ipc|(old_)?(msg|sem|shm)(get|ctl|snd|rcv|op|timedop(_time64)?|at|dt)|mq_[a-z_0-9]+)$/;

/** Memory mapping: mm/ (and arch/x/mm/), plus the mapping calls arch code defines. */
export const MEMORY_NAME = /^(osf_)?(old_)?(mmap(2|_pgoff)?|munmap|mprotect|mremap|brk|sbrk|map_shadow_stack|mincore|memcntl)$/;
/** In mm/ but about files, swap, fds or other processes, not about this process's mappings. */
export const MEMORY_EXCLUDE = new Set([
  "fadvise64", "fadvise64_64", "arm_fadvise64_64", "readahead", "cachestat", "swapon", "swapoff",
  "memfd_create", "memfd_secret", "process_vm_readv", "process_vm_writev", "process_mrelease",
]);

/** Signals: names with "sig" (sigaction, rt_sig*, signalfd, osf_sig*), and these. */
export const SIGNAL_NAME = /sig|^(kill|tkill|tgkill|pause|sgetmask|ssetmask|osf_old_killpg|pidfd_send_signal)$/;

/**
 * Process lifecycle (creation, exec, termination): the calls that create a process, replace
 * its image, end it, wait for its end, or send a signal that may end another process.
 */
export const PROCESS_NAMES = new Set([
  "fork", "vfork", "clone", "clone2", "clone3",
  "execve", "execveat", "execv", "osf_execve", "exec_with_loader",
  "exit", "exit_group",
  "wait4", "waitpid", "waitid", "osf_wait4", "osf_waitid", "osf_old_wait",
  "kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_send_signal", "osf_old_killpg",
]);

/** User and group ids, supplementary groups, capability sets. */
export const CREDS_NAME = /^((get|set)(res|re|fs|e)?[ug]id(16|32)?|(get|set)groups(16|32)?|capget|capset|getx[ug]id)$/;

/** Read or modify a system clock (sleeps and interval timers are not clock access). */
export const CLOCK_NAME =
  /^(clock_(gettime|settime|getres|adjtime)(64|_time64)?|(osf_)?(get|set)timeofday|time|stime|(old_)?adjtimex|osf_adjtime|osf_utc_(gettime|adjtime)|osf_ntp_(adjtime|gettime))$/;

/** strace(1) %pure, as documented: calls that always succeed and take no arguments. */
export const PURE_NAMES = new Set([
  "arc_gettls", "getdtablesize", "getegid", "getegid32", "geteuid", "geteuid32", "getgid", "getgid32",
  "getpagesize", "getpgrp", "getpid", "getppid", "get_thread_area", "gettid", "get_tls", "getuid",
  "getuid32", "getxgid", "getxpid", "getxuid", "kern_features", "metag_get_tls",
]);

/** stat family (strace(1) %stat, %lstat, %fstat; all in %%stat). */
export const STAT_NAME = /^(old|new|osf_|osf_old_)?stat(64)?$/;
export const LSTAT_NAME = /^(old|new|osf_|osf_old_)?lstat(64)?$/;
export const FSTAT_NAME = /^((old|new|osf_|osf_old_)?fstat(64)?|(new)?fstatat(64)?|statx)$/;
/** statfs family: the regular expressions strace(1) documents for %statfs, %fstatfs, %%statfs. */
export const STATFS_NAME = /^(.*_)?statv?fs/;
export const FSTATFS_NAME = /fstatv?fs/;
export const STATFS_ANY_NAME = /statv?fs|fsstat|ustat/;

export interface CuratedEntry {
  add: CategoryId[];
  reason: string;
}

/** What the rules cannot see from names and prototypes. One line of reason each. */
export const CURATED: Record<string, CuratedEntry> = {
  acct: { add: ["file"], reason: "its `name` argument is the accounting file's path" },
  umount: { add: ["file"], reason: "its `name` argument is the mount point's path" },
  umount2: { add: ["file"], reason: "its `name` argument is the mount point's path" },
  oldumount: { add: ["file"], reason: "its `name` argument is the mount point's path" },
  name_to_handle_at: { add: ["file"], reason: "its `name` argument is the path to look up" },
  spu_create: { add: ["file"], reason: "its `name` argument is a path in spufs" },
  osf_stat: { add: ["file"], reason: "its `name` argument is the path to stat" },
  osf_lstat: { add: ["file"], reason: "its `name` argument is the path to lstat" },
  old_select: { add: ["desc"], reason: "select(2) with its arguments (fd sets) packed in a struct" },
  old_mmap: { add: ["desc"], reason: "mmap(2) with its arguments (the fd among them) packed in a struct" },
  socketcall: { add: ["desc"], reason: "multiplexes the socket calls, which take or return fds" },
  shmat: { add: ["memory"], reason: "maps a System V shared memory segment (strace: TI|TM|SI, ipc + memory)" },
  shmdt: { add: ["memory"], reason: "unmaps a System V shared memory segment (strace: TI|TM|SI, ipc + memory)" },
  unshare: { add: ["process"], reason: "strace tags unshare TP (%process) although it is not lifecycle" },
};
