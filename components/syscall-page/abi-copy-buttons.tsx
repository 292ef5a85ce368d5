"use client";

import { CopyButton } from "@/components/site/copy-button";
import { abiInfo } from "@/lib/abi-info";
import { asmSnippet, signatureWithRegisters } from "@/lib/data/asm-snippet";
import type { RowParam } from "@/lib/data/table-row";
import type { AbiId } from "@/lib/schema/kernel-api";

/**
 * Copy buttons of one ABI row. The texts are computed in the browser from the row's data,
 * so the page does not carry every ABI's assembly twice.
 */
export function AbiCopyButtons({
  abi,
  name,
  nr,
  params,
  returnType,
  permalink,
}: {
  abi: AbiId;
  name: string;
  nr: number;
  params: RowParam[] | null;
  returnType: string | null;
  permalink: string;
}) {
  return (
    <span className="copies">
      <CopyButton label="Link" text={permalink} absolute />
      <CopyButton label="Signature" text={() => signatureWithRegisters(name, returnType, params)} />
      <CopyButton label="Assembly" text={() => asmSnippet(abiInfo(abi), name, nr, params)} />
    </span>
  );
}
