import { z } from 'zod';
import type { HostPort, RedisTarget } from '../redis/target';

export type { HostPort, RedisTarget };

const hostPortList = z
  .string()
  .optional()
  .transform((text, ctx): HostPort[] | undefined => {
    if (!text?.trim()) return undefined;
    const list: HostPort[] = [];
    for (const item of text.split(',')) {
      const match = /^\s*\[?([A-Za-z0-9.:-]+?)\]?:(\d{1,5})\s*$/.exec(item);
      const port = Number(match?.[2]);
      if (!match || port < 1 || port > 65535) {
        ctx.addIssue({ code: 'custom', message: `"${item.trim()}" is not host:port` });
        return undefined;
      }
      list.push({ host: match[1]!, port });
    }
    return list;
  });

const optionalText = z
  .string()
  .optional()
  .transform((s) => (s ? s : undefined));

export const redisEnvSchema = z
  .object({
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    REDIS_CLUSTER_NODES: hostPortList,
    REDIS_SENTINELS: hostPortList,
    REDIS_SENTINEL_MASTER: optionalText,
    REDIS_PASSWORD: optionalText,
    REDIS_SENTINEL_PASSWORD: optionalText,
    REDIS_TLS: z.enum(['0', '1', '']).optional(),
  })
  .superRefine((e, ctx) => {
    const chosen = [
      e.REDIS_URL && 'REDIS_URL',
      e.REDIS_CLUSTER_NODES && 'REDIS_CLUSTER_NODES',
      e.REDIS_SENTINELS && 'REDIS_SENTINELS',
    ];
    if (chosen.filter(Boolean).length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_URL'],
        message: `set only one of ${chosen.filter(Boolean).join(', ')}`,
      });
    }
    if (e.REDIS_SENTINELS && !e.REDIS_SENTINEL_MASTER) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_SENTINEL_MASTER'], message: 'is required with REDIS_SENTINELS' });
    }
  })
  .transform((e): RedisTarget | undefined => {
    if (e.REDIS_URL) return { mode: 'single', url: e.REDIS_URL };
    if (e.REDIS_CLUSTER_NODES) {
      return { mode: 'cluster', nodes: e.REDIS_CLUSTER_NODES, password: e.REDIS_PASSWORD, tls: e.REDIS_TLS === '1' };
    }
    if (e.REDIS_SENTINELS) {
      return {
        mode: 'sentinel',
        sentinels: e.REDIS_SENTINELS,
        masterName: e.REDIS_SENTINEL_MASTER!,
        password: e.REDIS_PASSWORD,
        sentinelPassword: e.REDIS_SENTINEL_PASSWORD,
      };
    }
    return undefined;
  });
