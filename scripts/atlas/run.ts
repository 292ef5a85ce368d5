/** Runs a parsed atlas command against a data directory and returns the text to output. */
import { diffAbis } from "@/lib/diff/abi-diff";
import { renderCHeader } from "@/lib/diff/format-c";
import { renderAbiDiffMarkdown, renderKernelDiffMarkdown } from "@/lib/diff/format-markdown";
import { diffKernels } from "@/lib/diff/kernel-diff";
import type { Command } from "./args";
import { defaultKernel, loadAbiFile } from "./load-data";

export async function runCommand(cmd: Command): Promise<string> {
  if (cmd.kind === "diff") {
    const kernel = cmd.kernel ?? (await defaultKernel(cmd.data));
    const [a, b] = await Promise.all([loadAbiFile(cmd.data, kernel, cmd.abiA), loadAbiFile(cmd.data, kernel, cmd.abiB)]);
    const diff = diffAbis(a, b);
    if (cmd.format === "c") return renderCHeader(diff, { generatedBy: `npm run atlas -- diff ${cmd.abiA} ${cmd.abiB} --kernel ${kernel} --format c` });
    if (cmd.format === "md") return renderAbiDiffMarkdown(diff);
    return `${JSON.stringify(diff, null, 2)}\n`;
  }
  const [from, to] = await Promise.all([loadAbiFile(cmd.data, cmd.from, cmd.abi), loadAbiFile(cmd.data, cmd.to, cmd.abi)]);
  const diff = diffKernels(from, to);
  return cmd.format === "md" ? renderKernelDiffMarkdown(diff) : `${JSON.stringify(diff, null, 2)}\n`;
}
