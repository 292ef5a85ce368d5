/**
 * Cell contents of the one-ABI table, shared by the pre-rendered table and the
 * interactive one (so both print the same markup).
 */
import { hex, type RowParam, type TableRow } from "@/lib/data/table-row";

export function NumberCell({ nr }: { nr: number }) {
  return (
    <>
      {`${nr} `}
      <span className="hex">{hex(nr)}</span>
    </>
  );
}

export function NameCell({ row, open, onToggle }: { row: TableRow; open?: boolean; onToggle?: (name: string) => void }) {
  return (
    <>
      <a
        href={`#${row.name}`}
        className="nm"
        aria-expanded={open}
        onClick={
          onToggle &&
          ((e) => {
            e.preventDefault();
            onToggle(row.name);
          })
        }
      >
        {row.name}
      </a>
      {!row.implemented && <span className="ni"> (not implemented)</span>}
    </>
  );
}

/** "int dfd", "const char __user *filename" */
export function cParam(p: { type: string; name: string }): string {
  return `${p.type}${p.type.endsWith("*") ? "" : " "}${p.name}`;
}

export function SignatureCell({ params }: { params: RowParam[] | null }) {
  if (params === null) return <span className="ni">unknown</span>;
  if (params.length === 0) return <code>(void)</code>;
  return (
    <code>
      {params.map((p, i) => (
        <span key={p.name + i} className="p">
          {i === 0 ? "(" : ""}
          <i className="reg">{p.regs.join(":")}</i>
          {`${cParam(p)}${i === params.length - 1 ? ")" : ","}`}
        </span>
      ))}
    </code>
  );
}

export function EntryCell({ row }: { row: TableRow }) {
  if (!row.entry) return <span className="ni">none</span>;
  return (
    <code>
      {row.entry}
      {row.compatEntry && <span className="cx">{`compat: ${row.compatEntry}`}</span>}
    </code>
  );
}

export function CategoriesCell({ categories }: { categories: readonly string[] }) {
  return categories.join(", ");
}
