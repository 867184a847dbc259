'use client';

import { useDeferredValue, useEffect, useState } from 'react';
import { detect, type Finding } from '@/lib/detect';

/** Wait this long after the last keystroke before scanning, so typing never waits on detection. */
export const DETECTION_DEBOUNCE_MS = 150;

const NOTHING: readonly Finding[] = [];

function detectQuietly(text: string): readonly Finding[] {
  try {
    return text ? detect(text) : NOTHING;
  } catch {
    return NOTHING; // advice is a courtesy: it must never break the form
  }
}

/**
 * What `detect` recognises in `text`, kept up to date a short while after
 * typing stops. Runs only in this browser; nothing is sent anywhere.
 * Clearing the text clears the findings at once.
 */
export function useDetection(text: string, debounceMs: number = DETECTION_DEBOUNCE_MS): readonly Finding[] {
  const deferred = useDeferredValue(text);
  const [findings, setFindings] = useState<readonly Finding[]>(NOTHING);

  useEffect(() => {
    const timer = setTimeout(() => setFindings(detectQuietly(deferred)), deferred ? debounceMs : 0);
    return () => clearTimeout(timer);
  }, [deferred, debounceMs]);

  return text ? findings : NOTHING;
}
