import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sealSecret } from '@/lib/crypto';
import { API_ERRORS } from '@/lib/schemas/errors';
import { openApiDocument } from '@/lib/schemas/openapi';

/*
 * The OpenAPI document (GET /api/openapi.json) is generated from the zod
 * schemas. These tests check that it is valid OpenAPI 3.1 and that its
 * schemas accept and refuse what the server's schemas do.
 */

const asSpec = (doc: unknown) => doc as Record<string, unknown>;

/** A component as a zod schema again (z.fromJSONSchema), with its $refs resolved by the validator. */
async function componentAsZod(name: string): Promise<z.ZodType> {
  const validator = new Validator();
  await validator.validate(asSpec(openApiDocument()));
  const resolved = validator.resolveRefs() as { components: { schemas: Record<string, unknown> } };
  return z.fromJSONSchema(resolved.components.schemas[name] as Parameters<typeof z.fromJSONSchema>[0]);
}

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(asSpec(openApiDocument()));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(openApiDocument().openapi).toBe('3.1.0');
  });

  it('fails validation when broken, so the check above can fail', async () => {
    const doc = openApiDocument();
    const created: { description?: string } = doc.paths['/api/secrets'].post.responses['201'];
    delete created.description; // required in a Response Object
    expect((await new Validator().validate(asSpec(doc))).valid).toBe(false);
  });

  it('documents every error code of the closed table', () => {
    const text = JSON.stringify(openApiDocument().paths);
    const undocumented = Object.keys(API_ERRORS).filter(
      (code) => !text.includes(`\`${code}\``) && !['method_not_allowed'].includes(code),
    );
    expect(undocumented).toEqual([]);
  });

  it('describes a create request that accepts what the client sends and refuses what the server refuses', async () => {
    const create = await componentAsZod('CreateSecretRequest');
    const { sealed } = await sealSecret({ kind: 'text', text: 'x' });
    const body = { ...sealed, ttlSeconds: 3600, maxViews: 3 };
    expect(create.safeParse(body).success).toBe(true);
    expect(create.safeParse({ ...body, ttlSeconds: 3601 }).success).toBe(false);
    expect(create.safeParse({ ...body, maxViews: 4 }).success).toBe(false);
    expect(create.safeParse({ ...body, id: `${sealed.id.slice(1)}=` }).success).toBe(false);
    expect(create.safeParse({ ...body, extra: 1 }).success).toBe(false);
    expect(create.safeParse({ ...body, linkVerifier: undefined }).success).toBe(false);
  });

  it('describes the receipt with every field the status schema has', async () => {
    const receipt = await componentAsZod('SecretStatusResponse');
    const now = new Date().toISOString();
    const ok = {
      state: 'viewed',
      maxViews: 1,
      viewsUsed: 1,
      viewedAt: [now],
      createdAt: now,
      expiresAt: now,
      endedAt: now,
      hasPassword: false,
      failedAttempts: 0,
    };
    expect(receipt.safeParse(ok).success).toBe(true);
    expect(receipt.safeParse({ ...ok, state: 'burned' }).success).toBe(false);
    expect(receipt.safeParse({ ...ok, createdAt: 'yesterday' }).success).toBe(false);
  });
});
