/*
 * What a secret's envelope costs against the per-client `textKiBDays` budget
 * (HANDOFF_RATE_TEXT_KIB_DAYS; security review F-02): its size in KiB times
 * its lifetime in days, with the lifetime counted as at least one day.
 *
 * Why bytes × lifetime: memory held is what fills a store, and a budget
 * refilled at R KiB-days per day bounds the bytes one client keeps stored to
 * R KiB in the steady state, whatever lifetimes it picks. With the one-day
 * floor, a full bucket of C KiB-days adds at most C KiB on top: one client
 * never holds more than C + R KiB (80 MiB with the defaults, 65536/345600:
 * 64 MiB-days at once, 16 MiB-days a day). A typical secret (a few KiB for a
 * day or a week) costs a few dozen units; a maximum-size 30-day one about
 * 41,000.
 */

const KIB = 1024;
const DAY_SECONDS = 86_400;

/**
 * @param envelopeChars - the envelope's length in base64url characters (what the store keeps)
 * @param ttlSeconds - the secret's lifetime
 * @returns units of the `textKiBDays` budget, at least 1
 * @example envelopeCost(4096, 604_800) // 4 KiB for 7 days: 28
 */
export function envelopeCost(envelopeChars: number, ttlSeconds: number): number {
  const days = Math.max(ttlSeconds, DAY_SECONDS) / DAY_SECONDS;
  return Math.max(1, Math.ceil((envelopeChars / KIB) * days));
}
