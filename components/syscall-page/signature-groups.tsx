import type { SignatureGroup } from "@/lib/data";
import { paramList } from "@/lib/data/table-row";

/** The C prototype, once per set of ABIs that agree on it. */
export function SignatureGroups({ name, groups }: { name: string; groups: readonly SignatureGroup[] }) {
  return (
    <ul className="mt-2 space-y-2">
      {groups.map((g) => (
        <li key={g.abis.join(",")}>
          <pre className="overflow-x-auto rounded bg-surface p-2 text-sm whitespace-pre-wrap">
            {g.params === null
              ? `${name}: prototype not known`
              : `${g.returnType ?? "long"} ${name}(${paramList(g.params)});`}
          </pre>
          <p className="text-sm text-muted">{`${groups.length === 1 ? "On every ABI listed" : "On"}: ${g.abis.join(", ")}`}</p>
        </li>
      ))}
    </ul>
  );
}
