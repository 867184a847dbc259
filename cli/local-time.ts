/*
 * Times for people: the API speaks UTC (ISO 8601 with Z); `status` prints them
 * in the local time zone of whoever runs it (TZ, else the system's), always
 * with the offset, so a line pasted into a ticket still names one instant
 * (zone abbreviations are left out: Intl knows them for some zones only, and
 * several are ambiguous, e.g. IST).
 * --json keeps the API's UTC strings untouched.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An instant in the local time zone: `2026-12-03 15:04:05 +01:00`.
 * Text that is not a date comes back unchanged: a receipt is shown whatever it holds.
 * @example localTime('2026-12-03T14:04:05.000Z') // with TZ=Europe/Berlin: '2026-12-03 15:04:05 +01:00'
 */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${day} ${time} ${offset}`;
}
