import { z } from 'zod';
import { MAX_FILES_PER_SECRET, TTL_CHOICES_SECONDS, VIEW_CHOICES } from '../policy';
import { MAX_TEXT_BYTES_LIMIT } from '../policy/instance';
import { REQUEST_TTL_CHOICES_SECONDS } from '../policy/requests';
import { choiceField } from './fields';

/*
 * GET /api/policy (docs/api.md § Policy): what this instance lets a sender
 * choose. The clients parse it with this schema; the server writes it from
 * its InstancePolicy (lib/policy/instance.ts).
 */

const choices = <const T extends readonly number[]>(all: T) => z.array(choiceField(all)).min(1);

export const policyResponseSchema = z.strictObject({
  ttlChoices: choices(TTL_CHOICES_SECONDS),
  defaultTtlSeconds: choiceField(TTL_CHOICES_SECONDS),
  viewChoices: choices(VIEW_CHOICES),
  defaultMaxViews: choiceField(VIEW_CHOICES),
  requestTtlChoices: choices(REQUEST_TTL_CHOICES_SECONDS),
  defaultRequestTtlSeconds: choiceField(REQUEST_TTL_CHOICES_SECONDS),
  requirePassword: z.boolean(),
  minPasswordLength: z.number().int().min(0).max(128),
  maxTextBytes: z.number().int().min(1).max(MAX_TEXT_BYTES_LIMIT),
  maxFiles: z.number().int().min(0).max(MAX_FILES_PER_SECRET),
  maxFileBytes: z.number().int().positive(),
});

export type PolicyResponse = z.infer<typeof policyResponseSchema>;
