import type { ReactNode } from 'react';

/**
 * Lets a page with more to show (My links, the manage page) take the site's
 * full width on desktop: as the page's first element, `data-layout="wide"`
 * lifts the reading column's limit (app/layout.tsx).
 */
export function Wide({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <div data-layout="wide" className={className}>
      {children}
    </div>
  );
}
