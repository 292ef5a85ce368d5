/**
 * First releases of calls that the man pages give no version for (newer than the
 * syscalls(2) table and without a HISTORY line). Used only when it agrees with what our own
 * kernels show (the first of our kernels that has the call, and the one before it).
 */
export interface SinceFact {
  version: string;
  reason: string;
}

const Y2038 = "64-bit time_t variants added to every 32-bit ABI in Linux 5.1 (y2038)";
const time64 = (names: string[]): Record<string, SinceFact> =>
  Object.fromEntries(names.map((n) => [n, { version: "5.1", reason: Y2038 }]));

export const SINCE_FACTS: Record<string, SinceFact> = {
  ...time64([
    "clock_gettime64", "clock_settime64", "clock_adjtime64", "clock_getres_time64", "clock_nanosleep_time64",
    "timer_gettime64", "timer_settime64", "timerfd_gettime64", "timerfd_settime64", "utimensat_time64",
    "pselect6_time64", "ppoll_time64", "io_pgetevents_time64", "recvmmsg_time64", "mq_timedsend_time64",
    "mq_timedreceive_time64", "semtimedop_time64", "rt_sigtimedwait_time64", "futex_time64",
    "sched_rr_get_interval_time64",
  ]),
  io_uring_setup: { version: "5.1", reason: "io_uring was merged in Linux 5.1 (its pages ship with liburing)" },
  io_uring_enter: { version: "5.1", reason: "io_uring was merged in Linux 5.1" },
  io_uring_register: { version: "5.1", reason: "io_uring was merged in Linux 5.1" },
  process_mrelease: { version: "5.15", reason: "merged in Linux 5.15" },
  set_mempolicy_home_node: { version: "5.17", reason: "merged in Linux 5.17" },
  riscv_hwprobe: { version: "6.4", reason: "merged in Linux 6.4" },
  fchmodat2: { version: "6.6", reason: "merged in Linux 6.6" },
  map_shadow_stack: { version: "6.6", reason: "merged in Linux 6.6 with x86 user-space shadow stacks" },
  futex_wake: { version: "6.7", reason: "futex2 calls merged in Linux 6.7" },
  futex_wait: { version: "6.7", reason: "futex2 calls merged in Linux 6.7" },
  futex_requeue: { version: "6.7", reason: "futex2 calls merged in Linux 6.7" },
  statmount: { version: "6.8", reason: "merged in Linux 6.8" },
  listmount: { version: "6.8", reason: "merged in Linux 6.8" },
  lsm_get_self_attr: { version: "6.8", reason: "LSM syscalls merged in Linux 6.8" },
  lsm_set_self_attr: { version: "6.8", reason: "LSM syscalls merged in Linux 6.8" },
  lsm_list_modules: { version: "6.8", reason: "LSM syscalls merged in Linux 6.8" },
  mseal: { version: "6.10", reason: "merged in Linux 6.10" },
  setxattrat: { version: "6.13", reason: "*xattrat calls merged in Linux 6.13" },
  getxattrat: { version: "6.13", reason: "*xattrat calls merged in Linux 6.13" },
  listxattrat: { version: "6.13", reason: "*xattrat calls merged in Linux 6.13" },
  removexattrat: { version: "6.13", reason: "*xattrat calls merged in Linux 6.13" },
};
