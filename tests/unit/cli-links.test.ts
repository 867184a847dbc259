import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '@/lib/protocol/base64url';
import { formatManageLink, formatShareLink, parseManageLink, parseShareLink } from '@/cli/links';

const key = new Uint8Array(32).map((_, i) => i * 7);
const fragment = encodeBase64url(key);
const id = encodeBase64url(new Uint8Array(16).fill(9));
const token = encodeBase64url(new Uint8Array(32).fill(200));

describe('CLI share links', () => {
  it('reads the origin and the key from <origin>/s#<key>', () => {
    const parsed = parseShareLink(formatShareLink('https://handoff.example:8443', fragment));
    expect(parsed).toEqual({ ok: true, origin: 'https://handoff.example:8443', key });
  });

  it('tolerates surrounding whitespace and the junk chat apps append after the key', () => {
    for (const text of [
      `  https://h.example/s#${fragment}\n`,
      `https://h.example/s#${fragment}).`,
      `https://h.example/s#${fragment}%20`,
    ]) {
      const parsed = parseShareLink(text);
      expect(parsed.ok, text).toBe(true);
      if (parsed.ok) expect(parsed.key).toEqual(key);
    }
  });

  it('explains what is wrong with a link it refuses', () => {
    const reason = (text: string) => {
      const parsed = parseShareLink(text);
      return parsed.ok ? 'accepted' : parsed.reason;
    };
    expect(reason('not a link')).toContain('not a URL');
    expect(reason(`ftp://h.example/s#${fragment}`)).toContain('http(s)');
    expect(reason(`https://h.example/x#${fragment}`)).toContain('not a Handoff share link');
    expect(reason(`https://h.example/s/#${fragment}`)).toContain('not a Handoff share link');
    expect(reason('https://h.example/s')).toContain('no key');
    expect(reason(`https://h.example/s#${fragment.slice(0, 40)}`)).toContain('cut short');
    expect(reason(`https://h.example/s#${fragment}A`)).toContain('too long');
    expect(reason(`https://h.example/s#${fragment.slice(0, 20)}*${fragment.slice(21)}`)).toContain('characters');
    expect(reason(formatManageLink('https://h.example', `${id}${token}`))).toContain('manage link');
  });
});

describe('CLI manage links', () => {
  it('reads the origin, the id and the token from <origin>/m#<id><token>', () => {
    expect(parseManageLink(formatManageLink('http://127.0.0.1:3000', `${id}${token}`))).toEqual({
      ok: true,
      origin: 'http://127.0.0.1:3000',
      id,
      token,
    });
  });

  it('refuses share links, wrong lengths and non-canonical tokens', () => {
    expect(parseManageLink(formatShareLink('https://h.example', fragment)).ok).toBe(false);
    expect(parseManageLink(`https://h.example/m#${id}${token.slice(1)}`).ok).toBe(false);
    const nonCanonical = `${id}${token.slice(0, 42)}B`; // unused trailing bits set
    expect(parseManageLink(`https://h.example/m#${nonCanonical}`).ok).toBe(false);
  });
});
