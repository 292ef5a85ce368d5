"use client";

import { memo, type ReactNode } from "react";
import { PopoverMenu } from "./popover-menu";

interface ColumnPickerProps<C extends string> {
  columns: readonly C[];
  visible: readonly C[];
  labels: Partial<Record<C, string>>;
  onChange: (next: C[]) => void;
  /** Said under the checkboxes (for example, which columns a narrow screen leaves out). */
  note?: ReactNode;
}

/** Which columns are shown. Memoized (a generic component, hence the cast back to its type). */
export const ColumnPicker = memo(function ColumnPicker<C extends string>({
  columns,
  visible,
  labels,
  onChange,
  note,
}: ColumnPickerProps<C>) {
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
            {labels[c] ?? c}
          </label>
        ))}
      </fieldset>
      {note}
    </PopoverMenu>
  );
}) as <C extends string>(props: ColumnPickerProps<C>) => ReactNode;
