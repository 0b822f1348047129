import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import dependencies from './eslint-rules/dependencies.mjs';
import layers from './eslint-rules/layers.mjs';

// The project's own rules, as one plugin.
const storyCoach = { rules: { ...layers.rules, ...dependencies.rules } };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'bench/.scratch/**', 'eval-results/**', 'node_modules/**', '.vscode-test/**', 'bench/results/**', 'test/integration/workspace/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly', setImmediate: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'smart'],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Every imported package is declared in package.json; shipped code's in dependencies (eslint-rules/dependencies.mjs).
    plugins: { 'story-coach': storyCoach },
    rules: { 'story-coach/declared-dependencies': 'error' },
  },
  {
    // The architecture's boundaries (eslint-rules/layers.mjs): engine, node side, protocol, client.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    plugins: { 'story-coach': storyCoach },
    rules: { 'story-coach/layers': 'error' },
  },
);
