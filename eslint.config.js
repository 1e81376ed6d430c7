import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import noCycle from './eslint-rules/no-cycle.js'

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

export default tseslint.config(
  {
    ignores: [
      'dist',
      'benchmarks/floor/dist',
      'public/api',
      '.bench',
      'node_modules',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      'import-x': importX,
      local: { rules: { 'no-cycle': noCycle } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable region (a long table) must be reachable by keyboard to be scrolled.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      // Imports flow one way: schemas → domain → lib → components → features → app; a feature
      // is reached from outside only through its index.ts.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/schemas', from: './src', except: ['./schemas'] },
            {
              target: './src/domain',
              from: ['./src/lib', './src/components', './src/features', './src/app'],
            },
            { target: './src/lib', from: ['./src/components', './src/features', './src/app'] },
            { target: './src/components', from: ['./src/features', './src/app'] },
            { target: './src/features', from: './src/app' },
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`, ...features.map((other) => `./${other}/index.ts`)],
            })),
            {
              target: './src/app',
              from: './src/features',
              except: features.map((feature) => `./${feature}/index.ts`),
            },
          ],
        },
      ],
      // No cycle among our modules, type-only ones included, which import-x/no-cycle lets
      // through (eslint-rules/no-cycle.js).
      'local/no-cycle': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/scripts/**'],
              message: 'Node-only build code never enters the browser bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
