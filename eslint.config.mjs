import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/*
 * Import boundaries (STYLE.md "Dependencies point one way"):
 *  - lib/crypto imports only @noble/* and lib/protocol: pure and isomorphic;
 *  - server code (lib/api, lib/store, lib/config, app/api) never imports lib/crypto:
 *    the server cannot decrypt, even by accident;
 *  - components never import server modules;
 *  - lib never imports app/ or components/.
 */
const serverModules = [
  '@/lib/api/*',
  '@/lib/store',
  '@/lib/store/*',
  '@/lib/config',
  '@/lib/config/*',
  'ioredis',
  'server-only',
];
const cryptoModules = ['@/lib/crypto', '@/lib/crypto/*', '**/crypto', '**/crypto/*'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
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
              regex: '^(?!@noble/|\\./|\\.\\./protocol/wire$)',
              message: 'lib/crypto imports only @noble/* , its own files and lib/protocol/wire.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'fetch', 'localStorage'],
    },
  },
  {
    files: ['lib/api/**', 'lib/store/**', 'lib/config/**', 'app/api/**', 'instrumentation.ts'],
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
    files: ['components/**', 'lib/client/**', 'lib/schemas/**', 'lib/protocol/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: serverModules, message: 'Client and isomorphic code never imports server modules.' }] },
      ],
    },
  },
];

export default config;
