import { ABI_IDS } from "@/lib/schema/ids";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { themeScript } from "@/components/site/theme-script";
import { getKernels, getLatestKernel } from "@/lib/data";
import { siteOrigin } from "@/lib/data/site-origin";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: { default: "Syscall Atlas", template: "%s · Syscall Atlas" },
  description: `Linux system call numbers, signatures and calling conventions for ${ABI_IDS.length} ABIs and several kernels.`,
  openGraph: { siteName: "Syscall Atlas", type: "website" },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111316" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const latest = getLatestKernel();
  const defaultAbi = latest.abis.find((a) => a.abi === "x86_64")?.abi ?? latest.abis[0]?.abi ?? "x86_64";
  const withDefault = getKernels()
    .filter((k) => k.abis.some((a) => a.abi === defaultAbi))
    .map((k) => k.id);
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader latest={latest.id} defaultAbi={defaultAbi} kernels={withDefault} />
        <main id="main" className="mx-auto max-w-screen-2xl px-4 py-4">
          {children}
        </main>
        <SiteFooter />
        <p id="copy-status" role="status" aria-live="polite" className="sr-only" />
      </body>
    </html>
  );
}
