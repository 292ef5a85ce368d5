import type { ReactNode } from "react";

/**
 * Where the rows will be, before they are: a loading line (the rows are computed in the
 * browser from the data files), an error naming the file, or, without JavaScript, how
 * to get the same diff elsewhere.
 */
export function RowsStatus({ message, cli, files }: { message: ReactNode; cli: string; files: { label: string; href: string }[] }) {
  return (
    <div className="rounded border border-border p-3 text-sm" data-testid="rows-status">
      <p>{message}</p>
      <noscript>
        <p className="mt-1">
          The rows are computed in the browser. Without JavaScript, run <code>{cli}</code> or read the data:{" "}
          {files.map((f, i) => (
            <span key={f.href}>
              {i > 0 && " · "}
              <a href={f.href}>{f.label}</a>
            </span>
          ))}
          .
        </p>
      </noscript>
    </div>
  );
}
