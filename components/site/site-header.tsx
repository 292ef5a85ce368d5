import { paths } from "@/lib/data/links";
import type { AbiId } from "@/lib/schema/kernel-api";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader({ latest, defaultAbi }: { latest: string; defaultAbi: AbiId }) {
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <a href={paths.home()} className="font-semibold text-fg">
          Syscall Atlas
        </a>
        <nav aria-label="Site" className="flex flex-wrap gap-x-4 text-sm">
          <a href={paths.table(latest, defaultAbi)}>Table</a>
          <a href={paths.all(latest)}>All ABIs</a>
          <a href={paths.apiIndex()}>API</a>
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
