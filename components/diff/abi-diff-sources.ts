/** Where an ABI diff's rows come from and how to get them without the site. Pure. */
import { paths } from "@/lib/data/links";
import type { AbiDiffHead } from "@/lib/diff/page-model";

export function abiDiffSources(head: Pick<AbiDiffHead, "kernel" | "abiA" | "abiB">) {
  return {
    urlA: paths.apiTable(head.kernel, head.abiA, "json"),
    urlB: paths.apiTable(head.kernel, head.abiB, "json"),
    cli: `npm run atlas -- diff ${head.abiA} ${head.abiB} --kernel ${head.kernel} --format md`,
  };
}
