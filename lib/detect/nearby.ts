/**
 * Finds the matches of `run` that are whole runs of their alphabet (not part
 * of a longer one) within `reach` characters of the anchors. Windows are
 * merged, so the cost stays linear in the text.
 * @param run - a global regex matching a fixed number of characters of the alphabet
 * @param alphabet - a regex for one character of the alphabet
 */
export function runsNear(
  text: string,
  anchors: readonly (readonly [number, number])[],
  reach: number,
  run: RegExp,
  alphabet: RegExp,
): { value: string; start: number }[] {
  const found: { value: string; start: number }[] = [];
  for (const [from, to] of windowsAround(text.length, anchors, reach)) {
    for (const match of text.slice(from, to).matchAll(run)) {
      const start = from + (match.index ?? 0);
      const end = start + match[0].length;
      // the window may cut a longer run: judge the edges against the whole text
      if (start > 0 && alphabet.test(text[start - 1] ?? '')) continue;
      if (end < text.length && alphabet.test(text[end] ?? '')) continue;
      found.push({ value: match[0], start });
    }
  }
  return found;
}

/** Where a match sits, as [start, end). */
export function spanOf(match: RegExpMatchArray): [number, number] {
  const start = match.index ?? 0;
  return [start, start + match[0].length];
}

/**
 * The stretches of text within `reach` characters of each anchor, merged so
 * that no character is scanned twice: scanning them stays linear in the text.
 * @param anchors - [start, end) of each anchor, in ascending order
 */
export function windowsAround(
  length: number,
  anchors: readonly (readonly [number, number])[],
  reach: number,
): [number, number][] {
  const windows: [number, number][] = [];
  for (const [start, end] of anchors) {
    const from = Math.max(0, start - reach);
    const to = Math.min(length, end + reach);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}
