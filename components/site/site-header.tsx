import { paths } from "@/lib/data/links";
import type { AbiId } from "@/lib/schema/kernel-api";
import { HeaderNav } from "./header-nav";
import { ThemeToggle } from "./theme-toggle";

/** `kernels`: the kernels that have `defaultAbi` (the header's links may go to any of them). */
export function SiteHeader({ latest, defaultAbi, kernels }: { latest: string; defaultAbi: AbiId; kernels: readonly string[] }) {
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <a href={paths.home()} className="font-semibold text-fg">
          Syscall Atlas
        </a>
        <HeaderNav
          latest={latest}
          targets={Object.fromEntries(kernels.map((k) => [k, { table: paths.table(k, defaultAbi), all: paths.all(k) }]))}
          api={paths.apiIndex()}
        />
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
