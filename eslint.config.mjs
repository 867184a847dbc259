import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/*
 * Import boundaries (STYLE.md "Dependencies point one way"):
 *  - lib/crypto imports only @noble/* and lib/protocol: pure and isomorphic;
 *  - server code (lib/api, lib/store, lib/config, lib/security, app/api, proxy.ts) never imports lib/crypto:
 *    the server cannot decrypt, even by accident;
 *  - components and the CLI (cli/) never import server modules;
 *  - lib never imports app/ or components/.
 */
const serverModules = [
  '@/lib/api/*',
  '@/lib/store',
  '@/lib/store/*',
  '@/lib/config',
  '@/lib/config/*',
  '@/lib/security',
  '@/lib/security/*',
  'ioredis',
  'server-only',
  // the CLI imports lib/ by relative path
  '**/lib/api',
  '**/lib/api/*',
  '**/lib/store',
  '**/lib/store/*',
  '**/lib/config',
  '**/lib/config/*',
  '**/lib/security',
  '**/lib/security/*',
];
const cryptoModules = ['@/lib/crypto', '@/lib/crypto/*', '**/crypto', '**/crypto/*'];

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
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/components/*', '**/app/**', '**/components/**'],
              message: 'lib/ never imports app/ or components/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/crypto/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@noble/|\\./|\\.\\./protocol/v1$)',
              message: 'lib/crypto imports only @noble/* , its own files and lib/protocol/v1 (the frozen layout).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'fetch', 'localStorage'],
    },
  },
  {
    files: [
      'lib/api/**',
      'lib/store/**',
      'lib/config/**',
      'lib/security/**',
      'app/api/**',
      'instrumentation.ts',
      'proxy.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: cryptoModules, message: 'Server code never imports lib/crypto: the server cannot decrypt.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**', 'lib/client/**', 'lib/schemas/**', 'lib/protocol/**', 'cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: serverModules, message: 'Client and isomorphic code never imports server modules.' }] },
      ],
    },
  },
];

export default config;
