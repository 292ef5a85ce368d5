"use client";

import type { Row } from "@tanstack/react-table";
import type { VirtualItem } from "@tanstack/react-virtual";
import { memo } from "react";
import type { AllRow } from "@/lib/data/all-matrix";
import { SpacerBody } from "@/components/table-kit/use-window-rows";
import { AllRowView } from "./all-row";
import type { AllTableFeatures } from "./all-table-features";

/**
 * The rendered window of rows (and of columns, through `cols` and the side padding).
 * Rows are keyed by their position in the results, not by name: when a keystroke changes
 * the results, React rewrites the text of the rows already in the DOM instead of removing
 * them and creating new ones (which took most of the time to show new results); scrolling
 * still only mounts the rows that come into view.
 */
export const AllRows = memo(function AllRows({
  rows,
  items,
  cols,
  kernel,
  padTop,
  padBottom,
  padLeft,
  padRight,
}: {
  rows: readonly Row<AllTableFeatures, AllRow>[];
  items: readonly VirtualItem[];
  cols: readonly number[];
  kernel: string;
  padTop: number;
  padBottom: number;
  padLeft: number;
  padRight: number;
}) {
  return (
    <>
      <SpacerBody height={padTop} />
      <tbody>
        {items.map((item) => {
          const row = rows[item.index];
          return row ? (
            <AllRowView
              key={item.index}
              row={row.original}
              cols={cols}
              kernel={kernel}
              index={item.index}
              padLeft={padLeft > 0}
              padRight={padRight > 0}
            />
          ) : null;
        })}
      </tbody>
      <SpacerBody height={padBottom} />
    </>
  );
});
