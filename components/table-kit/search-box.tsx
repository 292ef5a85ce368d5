"use client";

import { useEffect, useRef } from "react";

/** The search input; "/" anywhere on the page focuses it. */
export function SearchBox({
  value,
  onChange,
  onFocus,
  placeholder,
}: {
  value: string;
  onChange: (v: string) => void;
  onFocus?: () => void;
  placeholder: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      e.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <div className="relative w-full max-w-md">
      <input
        ref={ref}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
        placeholder={placeholder}
        aria-label="Search syscalls"
        aria-keyshortcuts="/"
        data-testid="syscall-search"
        className="w-full rounded border border-border bg-bg px-2 py-1 pr-8"
      />
      <kbd className="pointer-events-none absolute top-1.5 right-2 rounded border border-border px-1 text-xs text-muted">/</kbd>
    </div>
  );
}
