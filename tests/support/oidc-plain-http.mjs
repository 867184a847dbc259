// Test-only, preloaded into the app (`node --import`) by tests that sign in against the plain-http
// OIDC provider they start on loopback (tests/support/oidc-provider.ts). It sets the in-process hook
// lib/auth/oidc.ts reads; no environment variable or configuration can set it, and the app honours it
// only for an issuer on a loopback address. Never shipped: production starts `node server.mjs`.
globalThis[Symbol.for('handoff.test.oidcPlainHttp')] = true;
