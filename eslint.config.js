import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.output-updates/', '.wxt/', 'node_modules/', 'test-results/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render strings as text, never HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render strings as text, never HTML.',
        },
      ],
    },
  },
  {
    // Tests build their DOM fixtures from markup; the rule guards what ships.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
