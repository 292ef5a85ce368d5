"use client";

import { PopoverMenu } from "./popover-menu";

/** Which columns are shown. */
export function ColumnPicker<C extends string>({
  columns,
  visible,
  labels,
  onChange,
}: {
  columns: readonly C[];
  visible: readonly C[];
  labels: Record<C, string>;
  onChange: (next: C[]) => void;
}) {
  return (
    <PopoverMenu label="Columns" testId="column-picker">
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Show columns</legend>
        {columns.map((c) => (
          <label key={c} className="flex items-center gap-2 py-0.5 text-sm">
            <input
              type="checkbox"
              checked={visible.includes(c)}
              onChange={(e) => onChange(columns.filter((x) => (x === c ? e.target.checked : visible.includes(x))))}
            />
            {labels[c]}
          </label>
        ))}
      </fieldset>
    </PopoverMenu>
  );
}
