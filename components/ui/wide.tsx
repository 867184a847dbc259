import type { ReactNode } from 'react';

/**
 * Lets a page with more to show (My links, the manage page) use up to 72rem
 * of a desktop screen, centred, while the site's column stays narrow for
 * forms. Below `lg` it is the column itself.
 */
export function Wide({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <div className={`lg:mx-[calc(50%_-_min(36rem,50vw_-_2rem))] ${className}`}>{children}</div>;
}
