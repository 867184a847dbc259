'use client';

import { Share2 } from 'lucide-react';
import { useState, useSyncExternalStore } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Button } from '@/components/ui/button';

const never = () => () => undefined;
const canShare = () => typeof navigator.share === 'function';

/**
 * Opens the system share sheet (Web Share API) with the share link and
 * nothing else: never the password, never the manage link. Rendered only
 * where the browser can share (phones, mostly).
 */
export function ShareButton({ url }: { url: string }) {
  const { t } = useI18n();
  const supported = useSyncExternalStore(never, canShare, () => false);
  const [failed, setFailed] = useState(false);
  if (!supported) return null;

  async function share() {
    setFailed(false);
    try {
      await navigator.share({ url });
    } catch (error) {
      // Closing the sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setFailed(true);
    }
  }

  return (
    <Button variant="secondary" onClick={share} aria-live="polite">
      <Share2 aria-hidden="true" className="size-4" />
      {failed ? t.sender.shareFailed : t.sender.share}
    </Button>
  );
}
