// @ts-check
// Lint: ESLint's and typescript-eslint's recommended rules with type information for the
// TypeScript sources, Astro's for components. Every override says why.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-offline/', 'bench-out/', '**/.astro/', 'node_modules/', 'test/fixtures/', 'public/', 'templates/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // Reports are Chinese: full-width spaces (U+3000) in strings and patterns are what we match.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true, skipJSXText: true }],
      // Detecting binary files and control characters pasted into reports is what those patterns are for.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read JSON, YAML and DOM results whose shape their assertions then check.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Table tests narrow literals with `as` for the function under test; the rule reads them
      // as unnecessary and its fix breaks the type check.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  ...astro.configs.recommended,
  {
    // Components and plain JavaScript files are not in the TypeScript project: lint them without types
    // (astro check type-checks the components).
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
