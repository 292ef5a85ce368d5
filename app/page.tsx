import { ABI_INFO } from "@/lib/abi-info";
import { getKernels, getLatestKernel } from "@/lib/data";
import { paths } from "@/lib/data/links";

export default function Home() {
  const kernels = [...getKernels()].reverse();
  const latest = getLatestKernel();
  return (
    <>
      <h1 className="text-2xl font-semibold">Syscall Atlas</h1>
      <p className="mt-2 max-w-3xl">
        Linux system call numbers, signatures with the register each argument travels in, entry points and calling
        conventions, for {ABI_INFO.size} ABIs and {kernels.length} kernels. Start with the{" "}
        <a href={paths.table(latest.id, "x86_64")}>x86-64 table of Linux {latest.id}</a> or{" "}
        <a href={paths.all(latest.id)}>every ABI side by side</a>.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Kernels</h2>
      <ul className="mt-2 space-y-3">
        {kernels.map((k) => (
          <li key={k.id}>
            <a href={paths.kernel(k.id)} className="font-medium">
              Linux {k.id}
            </a>{" "}
            <span className="text-sm text-muted">
              {k.release}
              {k.preview ? " · preview" : ""}
              {k.id === latest.id ? " · newest stable (also at /latest/)" : ""}
            </span>
            <div className="mt-1 flex flex-wrap gap-x-3 text-sm">
              <a href={paths.all(k.id)}>all ABIs</a>
              {k.abis.map((a) => (
                <a key={a.abi} href={paths.table(k.id, a.abi)}>
                  {a.abi}
                </a>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
