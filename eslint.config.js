import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench/dist',
      'node_modules',
      'geodata/.cache',
      'public/data',
      'test-results',
      '.reports',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'geodata/scripts/**'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    // Functions the benchmark hands to page.evaluate run in the browser.
    files: ['scripts/bench.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'performance',
          'requestAnimationFrame',
          'MutationObserver',
          'MessageChannel',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
