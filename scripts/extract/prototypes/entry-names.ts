/**
 * Entry symbol names: strip the per-arch wrapper prefixes the kernel generates
 * (`__x64_sys_openat` -> `sys_openat`), and name the C function an assembly-only entry
 * stub hands its arguments to (`__sys_clone` -> `sys_clone`, `alpha_clone` ->
 * `sys_clone`, `sparc_exit` -> `sys_exit`, `sys32_execve` -> `compat_sys_execve`).
 */

const PREFIX = /^__(?:x64|ia32|x32|arm64|riscv|s390x|s390|powerpc|loongarch|se|do)_(?=(?:compat_)?sys)/;

export function stripEntryPrefix(entry: string): string {
  let s = entry;
  for (let i = 0; i < 3 && PREFIX.test(s); i++) s = s.replace(PREFIX, "");
  return s;
}

/** C functions an assembly entry stub may stand for, most likely first. */
export function stubTargets(symbol: string): string[] {
  let m: RegExpExecArray | null;
  if ((m = /^__(sys_\w+)$/.exec(symbol))) return [m[1] ?? ""];
  if ((m = /^(\w+)_wrapper$/.exec(symbol))) return [m[1] ?? ""];
  if ((m = /^(?:alpha|sparc)_(\w+)$/.exec(symbol))) return [`sys_${m[1]}`];
  if ((m = /^sys32_(\w+)$/.exec(symbol))) return [`compat_sys_${m[1]}`, `sys_${m[1]}`];
  if ((m = /^sys(?:64|n32)_(\w+)$/.exec(symbol))) return [`sys_${m[1]}`];
  return [];
}
