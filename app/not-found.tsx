import { Suggestions } from "@/components/not-found/suggestions";
import { paths } from "@/lib/data/links";

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
