import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/*
 * Import boundaries (STYLE.md "Dependencies point one way"):
 *  - lib/crypto imports only @noble/*, its own files, the frozen protocol constants (lib/protocol/v1) and the one
 *    base64url codec (lib/protocol/base64url): pure and isomorphic;
 *  - server code (lib/api, lib/store, lib/ratelimit, lib/config, lib/security, lib/redis, lib/net, lib/observability, lib/notify,
 *    lib/auth, app/api, proxy.ts,
 *    instrumentation.ts) never imports lib/crypto: the server cannot decrypt, even by accident;
 *  - client and isomorphic code (components, cli, and every other lib folder) never imports server modules;
 *  - lib never imports app/ or components/;
 *  - components and the CLI reach the HTTP client (lib/client/http, api, files) only through the shared
 *    flows (lib/client/create, reveal, manage), which own the security invariants of each action.
 *
 * ESLint keeps one `no-restricted-imports` setting per file: a later block that matches the
 * same file replaces the options of an earlier one instead of merging them. So each file
 * falls in exactly one zone below, whose patterns are the union of every rule that applies
 * to it, and the zones' `files` never overlap. A lib folder not named as server code is
 * isomorphic by default: a new server folder must be added to SERVER_LIB before it may
 * import the store. tests/unit/architecture.test.ts lints a planted import in every folder
 * and walks the real import graph.
 */
const SERVER_LIB = [
  'api',
  'store',
  'ratelimit',
  'config',
  'security',
  'redis',
  'net',
  'observability',
  'notify',
  'auth',
];

/** How a lib folder is imported from outside lib: `@/lib/x…`, or by a relative path through `lib/` (the CLI). */
const folderImports = (folder) => [`@/lib/${folder}`, `@/lib/${folder}/*`, `**/lib/${folder}`, `**/lib/${folder}/*`];
/** …and from a sibling lib folder: `../x…`, `../../x…`. */
const libFolderImports = (folder) => [
  ...folderImports(folder),
  `../${folder}`,
  `../${folder}/*`,
  `../../${folder}`,
  `../../${folder}/*`,
];
const SERVER_PACKAGES = ['ioredis', 'server-only', 'pino', 'prom-client', 'nodemailer', 'openid-client'];
const NO_SERVER = 'Client and isomorphic code never imports server modules.';

const RULES = {
  noAppOrComponents: {
    group: ['@/app/*', '@/components/*', '**/app/**', '**/components/**'],
    message: 'lib/ never imports app/ or components/.',
  },
  noCrypto: {
    group: libFolderImports('crypto'),
    message: 'Server code never imports lib/crypto: the server cannot decrypt.',
  },
  noServerFromLib: { group: [...SERVER_LIB.flatMap(libFolderImports), ...SERVER_PACKAGES], message: NO_SERVER },
  noServer: { group: [...SERVER_LIB.flatMap(folderImports), ...SERVER_PACKAGES], message: NO_SERVER },
  flowsOnly: {
    group: ['http', 'api', 'files'].flatMap((m) => [`@/lib/client/${m}`, `**/lib/client/${m}`]),
    message: 'Components and the CLI use the client flows (lib/client/create, reveal, manage), not the HTTP client.',
  },
  cryptoOnly: {
    regex: '^(?!@noble/|\\./|\\.\\./protocol/(v1|base64url)$)',
    message: 'lib/crypto imports only @noble/*, its own files, the frozen protocol constants and the base64url codec.',
  },
};

const serverLib = SERVER_LIB.map((folder) => `lib/${folder}/**`);

/** Each zone: the files it covers (disjoint from every other zone) and every rule that applies to them. */
const ZONES = [
  { files: ['lib/crypto/**'], rules: [RULES.cryptoOnly] },
  { files: serverLib, rules: [RULES.noAppOrComponents, RULES.noCrypto] },
  {
    files: ['lib/**'],
    ignores: ['lib/crypto/**', ...serverLib],
    rules: [RULES.noAppOrComponents, RULES.noServerFromLib],
  },
  { files: ['app/api/**', 'proxy.ts', 'instrumentation.ts'], rules: [RULES.noCrypto] },
  { files: ['components/**', 'cli/**'], rules: [RULES.noServer, RULES.flowsOnly] },
];

const zoneBlocks = ZONES.map(({ files, ignores, rules }) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns: rules }] },
}));

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // bundles built by cli/build.mjs and scripts/build-server.mjs
    ignores: ['dist-cli/**', 'dist-server/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Playwright fixtures take a `use` callback that is not React's `use`.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  ...zoneBlocks,
  {
    files: ['lib/crypto/**'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'process', 'fetch', 'localStorage'] },
  },
];

export default config;
