import type { Metadata } from "next";
import { Suggestions } from "@/components/not-found/suggestions";
import { paths } from "@/lib/data/links";

// A tab or history entry says the address was wrong, not just the site's name.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">
        There is no page at this address. <a href={paths.home()}>Start from the home page</a>.
      </p>
      <Suggestions />
    </>
  );
}
