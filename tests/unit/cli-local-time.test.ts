import { afterEach, describe, expect, it } from 'vitest';
import { localTime } from '../../cli/local-time';

/* `handoff status` prints the API's UTC instants in the local time zone (TZ), with the offset. */

const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe('localTime', () => {
  it.each([
    ['UTC', '2026-12-03T14:04:05.000Z', '2026-12-03 14:04:05 +00:00'],
    ['Europe/Berlin', '2026-12-03T14:04:05.000Z', '2026-12-03 15:04:05 +01:00'],
    ['Europe/Berlin', '2026-07-03T14:04:05.000Z', '2026-07-03 16:04:05 +02:00'],
    ['America/New_York', '2026-12-03T02:04:05.999Z', '2026-12-02 21:04:05 -05:00'],
    ['Asia/Kolkata', '2026-12-31T20:00:00.000Z', '2027-01-01 01:30:00 +05:30'],
    ['America/St_Johns', '2026-12-03T14:04:05.000Z', '2026-12-03 10:34:05 -03:30'],
  ])('shows an instant in %s as wall-clock time with its offset', (zone, iso, expected) => {
    process.env.TZ = zone;
    expect(localTime(iso)).toBe(expected);
  });

  it('names the same instant it was given, in any zone', () => {
    for (const zone of ['Pacific/Chatham', 'Asia/Kathmandu', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      const shown = localTime('2026-03-29T01:30:00.000Z');
      const [day, time, offset] = shown.split(' ');
      expect(Date.parse(`${day}T${time}${offset}`), `${zone}: ${shown}`).toBe(Date.parse('2026-03-29T01:30:00.000Z'));
    }
  });

  it('leaves text that is not a date as it is', () => {
    expect(localTime('soon')).toBe('soon');
  });
});
