'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

/** Whether this page may raise system notifications: asked for only on a click (enable). */
export type AlertPermission = 'unsupported' | 'default' | 'granted' | 'denied';

function currentPermission(): AlertPermission {
  if (typeof window === 'undefined' || !('Notification' in window)) return 'unsupported';
  return Notification.permission;
}

// Permission changes only through enable() here, which re-renders: nothing to subscribe to.
const noSubscription = () => () => undefined;

/**
 * Raises a system notification (Notification API) when a tracked link changes state while the
 * page is open: `key` is what the page polls (state and views used); the first value only sets
 * the baseline. Permission is requested in `enable`, which a click handler calls, never on load.
 * @param body - the notification text for the current key
 */
export function useStateNotifications(key: string | null, title: string, body: string) {
  const permission = useSyncExternalStore<AlertPermission>(noSubscription, currentPermission, () => 'default');
  const [enabled, setEnabled] = useState(false);
  const last = useRef<string | null>(null);

  useEffect(() => {
    const previous = last.current;
    last.current = key;
    if (!enabled || key === null || previous === null || previous === key) return;
    if (currentPermission() === 'granted') new Notification(title, { body, tag: 'handoff-link-state' });
  }, [key, enabled, title, body]);

  async function enable(): Promise<void> {
    if (currentPermission() === 'unsupported') return;
    const answer = currentPermission() === 'granted' ? 'granted' : await Notification.requestPermission();
    setEnabled(answer === 'granted');
  }

  return { permission, enabled, enable };
}
