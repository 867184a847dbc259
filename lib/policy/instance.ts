import { MAX_PADDED_BYTES } from '../protocol/v1';
import {
  DEFAULT_MAX_VIEWS,
  DEFAULT_TTL_SECONDS,
  MAX_FILES_PER_SECRET,
  TTL_CHOICES_SECONDS,
  VIEW_CHOICES,
} from './index';
import { DEFAULT_REQUEST_TTL_SECONDS, REQUEST_TTL_CHOICES_SECONDS } from './requests';

/*
 * An instance's policy: the operator's narrowing of the product's choices
 * (lib/policy/index.ts), parsed from the environment by lib/config/policy.ts,
 * enforced by the API (lib/api/policy.ts), served at GET /api/policy and
 * followed by the web form and the CLI. It can only narrow: every lifetime is
 * one of TTL_CHOICES_SECONDS, every view count one of VIEW_CHOICES, and the
 * file count never exceeds v1's MAX_FILES. Isomorphic: clients and server
 * share the type and the checks.
 */

/** The most text bytes one secret may hold: the largest padding bucket less the kind byte and marker. */
export const MAX_TEXT_BYTES_LIMIT = MAX_PADDED_BYTES - 2;

export type InstancePolicy = {
  /** Lifetimes offered, ascending; a subset of TTL_CHOICES_SECONDS. The last is the maximum. */
  ttlChoices: readonly number[];
  /** One of ttlChoices. */
  defaultTtlSeconds: number;
  /** View counts offered, ascending; a subset of VIEW_CHOICES. */
  viewChoices: readonly number[];
  /** One of viewChoices. */
  defaultMaxViews: number;
  /** Lifetimes offered for a request to stay open, ascending; a subset of REQUEST_TTL_CHOICES_SECONDS. */
  requestTtlChoices: readonly number[];
  defaultRequestTtlSeconds: number;
  /** Every secret must carry a password (the server checks the verifier is present). */
  requirePassword: boolean;
  /** Shortest password the clients accept (characters); 0: any. The server cannot see a password. */
  minPasswordLength: number;
  /** Most text bytes per secret; clients enforce it exactly, the server by envelope size. */
  maxTextBytes: number;
  /** Files per secret, 0 (files off) … MAX_FILES_PER_SECRET. */
  maxFiles: number;
  /** Total plaintext bytes of a secret's files (HANDOFF_MAX_FILE_BYTES). */
  maxFileBytes: number;
};

/** The policy of an instance that narrows nothing: every product choice offered. */
export const OPEN_POLICY: InstancePolicy = {
  ttlChoices: [...TTL_CHOICES_SECONDS],
  defaultTtlSeconds: DEFAULT_TTL_SECONDS,
  viewChoices: [...VIEW_CHOICES],
  defaultMaxViews: DEFAULT_MAX_VIEWS,
  requestTtlChoices: [...REQUEST_TTL_CHOICES_SECONDS],
  defaultRequestTtlSeconds: DEFAULT_REQUEST_TTL_SECONDS,
  requirePassword: false,
  minPasswordLength: 0,
  maxTextBytes: MAX_TEXT_BYTES_LIMIT,
  maxFiles: MAX_FILES_PER_SECRET,
  maxFileBytes: 25 * 1024 * 1024,
};

/** The rules a create can break, as `policy_violation` names them. */
export const POLICY_RULES = ['ttl', 'views', 'password', 'text', 'files', 'requestTtl'] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

/** A broken rule, and what the instance allows instead (a list of choices, or a limit). */
export type PolicyViolation = { rule: PolicyRule; allowed: readonly number[] | number | boolean };
