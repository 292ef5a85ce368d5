import type { KernelDiffPageRow } from "@/lib/diff/page-model";
import { CHANGE_LABEL } from "./diff-labels";

const num = (n: number | null) => (n === null ? <span className="dn">—</span> : n);

/** One syscall of a kernel diff: numbers before and after, what changed and how. */
export function KernelDiffRow({ row, target = false }: { row: KernelDiffPageRow; target?: boolean }) {
  const kinds = row.changes.length ? row.changes : (["unchanged"] as const);
  return (
    <tr id={row.name} data-kind={kinds.join(" ")} data-target={target ? "" : undefined}>
      <td>
        <a href={`#${row.name}`} className="nm">
          {row.name}
        </a>
      </td>
      <td className="n">{num(row.nr[0])}</td>
      <td className="n">{num(row.nr[1])}</td>
      <td>
        {kinds.map((k) => (
          <span key={k} className={`v v-${k}`}>
            {CHANGE_LABEL[k]}
          </span>
        ))}
      </td>
      <td className="dt">
        {row.entry && (
          <p>
            entry <code>{row.entry[0]}</code> → <code>{row.entry[1]}</code>
          </p>
        )}
        {row.sig && (
          <p>
            <code>{row.sig[0]}</code> → <code>{row.sig[1]}</code>
          </p>
        )}
      </td>
    </tr>
  );
}
