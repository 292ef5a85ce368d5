"use client";

import type { Row } from "@tanstack/react-table";
import type { VirtualItem } from "@tanstack/react-virtual";
import { memo } from "react";
import type { AllRow } from "@/lib/data/all-matrix";
import { SpacerBody } from "@/components/table-kit/use-window-rows";
import { AllRowView } from "./all-row";
import type { AllTableFeatures } from "./all-table-features";

/** The rendered window of rows (and of columns, through `cols` and the side padding). */
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
              key={row.id}
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
