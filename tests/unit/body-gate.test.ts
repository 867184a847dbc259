import { describe, expect, it } from 'vitest';
import { BodyGate } from '@/lib/api/body-gate';

describe('the body gate (F-05)', () => {
  it('F-05: admits up to the per-client bound, then up to the overall bound, and gives slots back', () => {
    const gate = new BodyGate({ maxInFlight: 3, maxPerClient: 2 });
    expect([gate.enter('a'), gate.enter('a'), gate.enter('a')]).toEqual([null, null, 'client']);
    expect([gate.enter('b'), gate.enter('c')]).toEqual([null, 'server']);
    expect(gate.inFlight).toBe(3);
    gate.leave('a');
    expect(gate.enter('c')).toBeNull();
    gate.leave('c');
    gate.leave('b');
    gate.leave('a');
    expect(gate.inFlight).toBe(0);
    // A leave without an enter changes nothing.
    gate.leave('z');
    expect(gate.inFlight).toBe(0);
    expect([gate.enter('a'), gate.enter('a')]).toEqual([null, null]);
  });
});
