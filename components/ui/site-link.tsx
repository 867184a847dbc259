'use client';

import { useRouter } from 'next/navigation';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/*
 * An in-app link of the shared frame (header, footer, 404), without next/link:
 * the frame is on every page, and next/link's code would ride along on the
 * recipient's page (/s), which never navigates within the app. A plain click
 * still navigates client-side, through the router the frame loads anyway; the
 * target is prefetched on intent (hover, focus) instead of on sight. Modified
 * clicks (new tab, new window, download) stay the browser's.
 */

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string };

function plainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function SiteLink({ href, onClick, ...rest }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <a
      {...rest}
      href={href}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !plainClick(event)) return;
        event.preventDefault();
        router.push(href);
      }}
    />
  );
}
