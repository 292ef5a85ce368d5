export function SiteFooter() {
  return (
    <footer className="mx-auto max-w-screen-2xl border-t border-border px-4 py-4 text-sm text-muted">
      Numbers and prototypes are extracted from the Linux kernel sources (syscall tables and
      SYSCALL_DEFINE). Source links go to Bootlin Elixir, manual links to man7.org.
    </footer>
  );
}
