// Lint for the extension's TypeScript (client/). The Python side is linted by the Python tools.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'bundled/**', '.cache/**', '.venv/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['client/**/*.ts'],
    rules: {
      eqeqeq: 'error',
      curly: 'error',
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
