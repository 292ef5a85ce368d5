import { ABI_IDS } from "@/lib/schema/ids";
import { ImageResponse } from "next/og";

export const dynamic = "force-static";
export const alt = "Syscall Atlas: Linux system calls across ABIs and kernels";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** One shared social card for every page (per-page images would cost minutes of build). */
export default function OpenGraphImage() {
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          padding: 80,
          background: "#111316",
          color: "#e6e8eb",
        }}
      >
        <div style={{ fontSize: 84, fontWeight: 700 }}>Syscall Atlas</div>
        <div style={{ fontSize: 40, marginTop: 24, color: "#7cb4ff" }}>
          Linux system calls: numbers, signatures, registers
        </div>
        <div style={{ fontSize: 32, marginTop: 16, color: "#a3a9b3" }}>{`${ABI_IDS.length} ABIs · several kernels · openat = 257 on x86-64`}</div>
      </div>
    ),
    size,
  );
}
