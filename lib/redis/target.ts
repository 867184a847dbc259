/*
 * Where the Redis deployment lives. Defined here, beside the connection that
 * uses it, so that lib/redis imports nothing from lib/config (which parses
 * the environment into it): no folder cycle through the rate-limit types.
 */

/** Where the Redis store lives: one node, a Cluster, or a Sentinel-managed master. */
export type RedisTarget =
  | { mode: 'single'; url: string }
  | { mode: 'cluster'; nodes: HostPort[]; password?: string; tls: boolean }
  | { mode: 'sentinel'; sentinels: HostPort[]; masterName: string; password?: string; sentinelPassword?: string };

export type HostPort = { host: string; port: number };
