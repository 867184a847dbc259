import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DetectionNotice } from '@/components/create/detection-notice';
import {
  ADVICE,
  DETECTION_KINDS,
  DETECTION_STRINGS_EN,
  DETECTION_TEXT,
  detect,
  KIND_LABELS,
  KINDS,
  MAX_SUGGESTED_LABEL_CHARS,
  suggestedLabel,
  type AdviceKey,
  type DetectionStrings,
} from '@/lib/detect';

const stripeLive = 'sk_' + 'live_' + 'L1ve'.repeat(8);
const stripeRestricted = 'rk_' + 'live_' + 'R3st'.repeat(8);
const awsId = 'AKIA' + 'ABCDEFGHIJKLMNOP';
const labelOf = (text: string) => suggestedLabel(detect(text));

describe('the advice catalogue', () => {
  it('labels every kind and gives every kind a paragraph of advice', () => {
    for (const kind of DETECTION_KINDS) {
      expect(KIND_LABELS[kind].trim()).not.toBe('');
      expect(ADVICE[KINDS[kind].advice].trim()).not.toBe('');
    }
  });

  it('holds no paragraph that no kind uses', () => {
    const used = new Set(DETECTION_KINDS.map((kind) => KINDS[kind].advice));
    expect(Object.keys(ADVICE).filter((key) => !used.has(key as AdviceKey))).toEqual([]);
  });

  it('follows the guide: restricted keys over master keys, test keys where they do, rotation at the end', () => {
    expect(ADVICE['stripe-live-secret']).toMatch(/rk_live_/);
    expect(ADVICE['stripe-live-secret']).toMatch(/sk_test_/);
    expect(ADVICE['github-classic']).toMatch(/fine-grained/);
    expect(DETECTION_TEXT.rotate).toMatch(/^Rotate every credential/);
  });
});

describe('suggestedLabel', () => {
  it('is empty when nothing was recognised', () => {
    expect(suggestedLabel([])).toBe('');
    expect(labelOf('just some words')).toBe('');
  });

  it('names the credential', () => {
    expect(labelOf(stripeLive)).toBe('Stripe live secret key');
  });

  it('names secrets before identifiers, and identifiers only when alone', () => {
    expect(labelOf(`${awsId}\n${stripeLive}`)).toBe('Stripe live secret key');
    expect(labelOf(awsId)).toBe('AWS access key ID');
  });

  it('lists two labels and counts the rest', () => {
    const text = [stripeLive, stripeRestricted, 'postgres://app:pw-123@db/app'].join('\n');
    expect(labelOf(text)).toBe('Stripe live secret key, PostgreSQL URL with password +1 more');
  });

  it('names the variables of a .env file', () => {
    const text = ['STRIPE_SECRET_KEY=' + stripeLive, 'A=1', 'B=2', 'C=3', 'D=4'].join('\n');
    expect(labelOf(text)).toBe('Stripe live secret key; .env file: STRIPE_SECRET_KEY, A, B, C +1 more');
  });

  it('stays within MAX_SUGGESTED_LABEL_CHARS', () => {
    const text = Array.from({ length: 20 }, (_, i) => `VERY_LONG_VARIABLE_NAME_NUMBER_${i}=x`).join('\n');
    const label = labelOf(text);
    expect(label.length).toBeLessThanOrEqual(MAX_SUGGESTED_LABEL_CHARS);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('another catalogue', () => {
  const shout = (text: string) => text.toUpperCase();
  const loud: DetectionStrings = {
    labels: Object.fromEntries(
      Object.entries(KIND_LABELS).map(([k, v]) => [k, shout(v)]),
    ) as DetectionStrings['labels'],
    advice: Object.fromEntries(Object.entries(ADVICE).map(([k, v]) => [k, shout(v)])) as DetectionStrings['advice'],
    text: { ...DETECTION_STRINGS_EN.text, heading: 'ERKANNT', moreShort: (n) => `+${n} WEITERE` },
  };

  it('names things in suggestedLabel', () => {
    const text = [stripeLive, stripeRestricted, 'postgres://app:pw-123@db/app'].join('\n');
    expect(suggestedLabel(detect(text), loud)).toBe('STRIPE LIVE SECRET KEY, POSTGRESQL URL WITH PASSWORD +1 WEITERE');
  });

  it('speaks in DetectionNotice', () => {
    const html = renderToStaticMarkup(
      createElement(DetectionNotice, { findings: detect(stripeLive), strings: loud, toggle: TOGGLE }),
    );
    expect(html).toContain('ERKANNT');
    expect(html).toContain('STRIPE LIVE SECRET KEY');
    expect(html).toContain(shout(ADVICE['stripe-live-secret']));
    expect(html).not.toContain('Stripe live secret key');
  });
});

const TOGGLE = { show: 'Show details', hide: 'Hide details' };

describe('DetectionNotice', () => {
  const render = (text: string) =>
    renderToStaticMarkup(createElement(DetectionNotice, { findings: detect(text), toggle: TOGGLE }));

  it('keeps an empty live region while nothing is recognised', () => {
    expect(render('nothing here')).toBe('<div role="status" class="sr-only"></div>');
  });

  it('shows the labels, the advice and the rotation reminder, but never the secret', () => {
    const password = 'Pw-' + 'x7Q'.repeat(6);
    const html = render(
      `STRIPE_KEY=${stripeLive}\nDATABASE_URL=postgres://app:${password}@db/app\nOLD_KEY=${stripeLive}x`,
    );
    expect(html).toContain('role="status"');
    expect(html).toContain('Stripe live secret key');
    expect(html).toContain('PostgreSQL URL with password');
    expect(html).toContain('DATABASE_URL');
    expect(html).toContain(ADVICE['stripe-live-secret'].slice(0, 40));
    expect(html).toContain(DETECTION_TEXT.rotate.slice(0, 30));
    expect(html).not.toContain(stripeLive);
    expect(html).not.toContain(password);
  });

  it('counts repeats and does not ask to rotate what is not secret', () => {
    const publishable = (body: string) => 'pk_' + 'live_' + body.repeat(24);
    const html = render(`${publishable('a')} ${publishable('b')}`);
    expect(html).toContain(`Stripe publishable key (not secret) ${DETECTION_TEXT.times(2)}`);
    expect(html).not.toContain(DETECTION_TEXT.rotate.slice(0, 30));
  });
});
