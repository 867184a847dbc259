'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

/** Whether this page may raise system notifications: asked for only on a click (enable). */
export type AlertPermission = 'unsupported' | 'default' | 'granted' | 'denied';

function currentPermission(): AlertPermission {
  if (typeof window === 'undefined' || !('Notification' in window)) return 'unsupported';
  return Notification.permission;
}

// Permission changes only through enable() here, which re-renders: nothing to subscribe to.
const noSubscription = () => () => undefined;

/**
 * "Alert me here": the permission (requested in `enable`, which a click handler calls, never on
 * load), whether the user turned alerts on, and `raise`, which shows a system notification
 * (Notification API) only when both hold. Shared by the manage page and My links.
 */
export function useAlerts() {
  const permission = useSyncExternalStore<AlertPermission>(noSubscription, currentPermission, () => 'default');
  const [enabled, setEnabled] = useState(false);

  async function enable(): Promise<void> {
    if (currentPermission() === 'unsupported') return;
    const answer = currentPermission() === 'granted' ? 'granted' : await Notification.requestPermission();
    setEnabled(answer === 'granted');
  }

  const raise = useCallback(
    (title: string, body: string, tag: string) => {
      if (enabled && currentPermission() === 'granted') new Notification(title, { body, tag });
    },
    [enabled],
  );

  return { permission, enabled, enable, raise };
}

/**
 * Raises a system notification when a tracked link changes state while the
 * page is open: `key` is what the page polls (state and views used); the first value only sets
 * the baseline.
 * @param body - the notification text for the current key
 */
export function useStateNotifications(key: string | null, title: string, body: string) {
  const alerts = useAlerts();
  const { raise } = alerts;
  const last = useRef<string | null>(null);

  useEffect(() => {
    const previous = last.current;
    last.current = key;
    if (key === null || previous === null || previous === key) return;
    raise(title, body, 'handoff-link-state');
  }, [key, raise, title, body]);

  return alerts;
}
