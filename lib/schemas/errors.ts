import { z } from 'zod';
import { API_ERRORS, type ApiErrorCode } from '../protocol/errors';
import { POLICY_RULES } from '../policy/instance';

export { API_ERRORS, type ApiErrorCode };

export const apiErrorCodeSchema = z.enum(Object.keys(API_ERRORS) as [ApiErrorCode, ...ApiErrorCode[]]);

export const apiErrorBodySchema = z.object({
  error: apiErrorCodeSchema,
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  attemptsLeft: z.number().int().nonnegative().optional(),
  /** upload_incomplete: the part indices still missing. */
  missing: z.array(z.number().int().nonnegative()).optional(),
  /** policy_violation: the rule broken, and what the instance allows (choices, a limit, or true: required). */
  policy: z
    .object({
      rule: z.enum(POLICY_RULES),
      allowed: z.union([z.array(z.number().int()), z.number().int(), z.boolean()]),
    })
    .optional(),
});

export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
