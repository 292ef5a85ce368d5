/**
 * Parse a kernel syscall table (`*.tbl`): `<nr> <abi> <name> [<entry> [<compat> [noreturn]]]`,
 * `#` comments and blank lines ignored. A malformed line is an error naming the file, the
 * line number and the field. Selection by ABI follows the kernel's own scripts exactly:
 * `grep -E "^[0-9A-Fa-fXx]+[[:space:]]+(abi1|abi2)"`, i.e. the ABI column must START with
 * one of the listed ABIs; no list means every line.
 */

export interface TblLine {
  /** Path of the table relative to the tree root. */
  file: string;
  /** 1-based line number. */
  line: number;
  nr: number;
  abi: string;
  name: string;
  /** Native entry point, null for "-" or a missing column. */
  entry: string | null;
  /** Compat entry point, null for "-" or a missing column. */
  compat: string | null;
  noreturn: boolean;
}

export class TblError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    message: string,
  ) {
    super(`${file}:${line}: field ${field}: ${message}`);
    this.name = "TblError";
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ABI = /^[A-Za-z0-9_]+$/;
const FIELDS = ["nr", "abi", "name", "entry", "compat", "noreturn"] as const;

function symbol(value: string | undefined, file: string, line: number, field: string): string | null {
  if (value === undefined || value === "-") return null;
  if (!NAME.test(value)) throw new TblError(file, line, field, `"${value}" is not a C symbol or "-"`);
  return value;
}

export function parseTbl(text: string, file: string): TblLine[] {
  const out: TblLine[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/#.*$/, "").trim();
    if (!content) return;
    const f = content.split(/\s+/);
    if (f.length < 3) throw new TblError(file, line, FIELDS[f.length] ?? "name", `expected at least 3 fields (nr abi name), got ${f.length}`);
    if (f.length > 6) throw new TblError(file, line, "(extra)", `expected at most 6 fields, got ${f.length}: "${f.slice(6).join(" ")}"`);
    const [nrText = "", abi = "", name = "", entry, compat, flag] = f;
    if (!/^\d+$/.test(nrText)) throw new TblError(file, line, "nr", `"${nrText}" is not a decimal number`);
    if (!ABI.test(abi)) throw new TblError(file, line, "abi", `"${abi}" is not an ABI name`);
    if (!NAME.test(name)) throw new TblError(file, line, "name", `"${name}" is not a syscall name`);
    if (flag !== undefined && flag !== "noreturn") throw new TblError(file, line, "noreturn", `"${flag}" is not "noreturn"`);
    out.push({
      file,
      line,
      nr: Number(nrText),
      abi,
      name,
      entry: symbol(entry, file, line, "entry"),
      compat: symbol(compat, file, line, "compat"),
      noreturn: flag === "noreturn",
    });
  });
  return out;
}

/** The lines a `--abis a,b` selection keeps (prefix match, as the kernel's grep does). */
export function selectTblLines(lines: readonly TblLine[], abis: readonly string[] | null): TblLine[] {
  if (abis === null) return [...lines];
  return lines.filter((l) => abis.some((a) => l.abi.startsWith(a)));
}
