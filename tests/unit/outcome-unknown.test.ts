import { describe, expect, it } from 'vitest';
import { revealError, serviceError } from '@/cli/failures';
import { createErrorMessage } from '@/components/create/messages';
import { revealErrorMessage } from '@/components/reveal/messages';
import { CATALOGUES } from '../support/catalogues';

const { en, de } = CATALOGUES;

/*
 * Reliability review R1: what a sender and a recipient are told after `503 outcome_unknown`. The create
 * flow has already settled it with a peek (lib/client/create.ts), so the sender hears "not shared, try
 * again"; the recipient hears that the view may be used, never "your link still works".
 */

const unknown = { kind: 'error', code: 'outcome_unknown', status: 503 } as const;

describe('outcome_unknown', () => {
  it('tells the recipient in the browser that the view may have been used', () => {
    for (const t of [en, de]) {
      const text = revealErrorMessage(t, 'outcome_unknown');
      expect(text).toBe(t.reveal.errors.outcomeUnknown);
      expect(text).not.toBe(t.reveal.errors.unavailable);
    }
    expect(revealErrorMessage(en, 'outcome_unknown')).toMatch(/cannot tell whether this view was used/);
  });

  it('tells the recipient on the command line the same, and nothing about the link still working', () => {
    const message = revealError(unknown, 'https://h.example').message;
    expect(message).toMatch(/cannot tell whether this view was used/);
    expect(message).not.toMatch(/still works/);
    const unavailable = { kind: 'error', code: 'store_unavailable', status: 503 } as const;
    expect(revealError(unavailable, 'https://h.example').message).toBe(
      serviceError(unavailable, 'https://h.example').message,
    );
  });

  it('tells the sender, once the create flow has settled it, that nothing was shared', () => {
    expect(createErrorMessage(en, 'outcome_unknown')).toBe(en.create.errors.unavailable);
  });
});
