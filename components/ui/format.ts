/** "on 3 Dec 2026, 14:05" in the reader's locale and time zone. */
export function formatExpiry(iso: string): string {
  const date = new Date(iso);
  return `on ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

/** A moment in the reader's locale and time zone, with seconds. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}
