"use client";

/** Announces the outcome of a copy in the page's single live region (see layout). */
function announce(message: string) {
  const status = document.getElementById("copy-status");
  if (status) status.textContent = message;
}

/**
 * Copies text to the clipboard. `text` may be a function, evaluated on click (for values
 * that depend on the current URL or are computed on demand); `absolute` prefixes a site
 * path with the page's origin.
 */
export function CopyButton({
  text,
  label,
  className = "",
  absolute = false,
}: {
  text: string | (() => string);
  label: string;
  className?: string;
  absolute?: boolean;
}) {
  const copy = async () => {
    const value = typeof text === "function" ? text() : text;
    try {
      await navigator.clipboard.writeText(absolute ? window.location.origin + value : value);
      announce(`Copied: ${label}`);
    } catch {
      announce("Copy failed: the browser did not allow clipboard access");
    }
  };
  return (
    <button type="button" onClick={copy} className={className ? `btn ${className}` : "btn"}>
      {label}
    </button>
  );
}
