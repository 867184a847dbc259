/**
 * Handoff's mark, drawn here (the favicon, app/icon.svg, is the same
 * drawing): a keyhole on an emerald tile, for a secret that opens once.
 * Inline SVG, no icon package: the header is on every page, /s included.
 */
export function BrandMark({ className = 'size-7' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="8" fill="#047857" />
      <path d="M32 12v12a8 8 0 0 1-8 8H12z" fill="#065f46" />
      <circle cx="16" cy="12.5" r="4.5" fill="#fff" />
      <path d="M13.6 14.5h4.8l1.6 10h-8z" fill="#fff" />
      <path d="M6 7.5a11 11 0 0 1 6-3.3" fill="none" stroke="#6ee7b7" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
