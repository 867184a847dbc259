import 'server-only';
import type { RateLimiter } from '../ratelimit';
import { recordRateLimited } from './metrics';

/** The limiter the handlers use: the same decisions, with every refusal counted per action. */
export function countRefusals(limiter: RateLimiter): RateLimiter {
  return {
    hit: (action, client, cost) =>
      limiter.hit(action, client, cost).then((decision) => {
        if (!decision.allowed) recordRateLimited(action);
        return decision;
      }),
    close: () => limiter.close(),
  };
}
