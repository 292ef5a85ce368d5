/** Page titles of the diff pages (metadata at build time, document.title when swapped). */
export const abiDiffTitle = (kernel: string, a: string, b: string) => `${a} vs ${b} system calls · Linux ${kernel}`;
export const kernelDiffTitle = (abi: string, from: string, to: string) => `${abi} system calls, Linux ${from} → ${to}`;
