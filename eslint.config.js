// Lint: TypeScript (typed rules off for speed), Lit templates, web-component and template a11y rules.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'bench/results/',
      'examples/',
      // Links to the effects' runtime files in node_modules (src/effects/effect-assets.ts).
      'src/effects/effect-assets/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  litA11y.flatConfigs?.recommended ?? litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'RtkElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Every event the kit dispatches is a typed class of src/events/ (name, detail, flags, and a
    // GlobalEventHandlersEventMap entry in one place).
    files: ['src/**/*.ts'],
    ignores: ['src/events/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='CustomEvent']",
          message:
            'Dispatch an event class of src/events/ (one file per event name) instead of a bare CustomEvent.',
        },
        // A strict Content-Security-Policy (style-src without 'unsafe-inline') refuses style
        // attributes and <style> elements: the style they carry is dropped and the page logs an
        // error. Inline values go through the CSSOM (styleProps), static CSS into `styles`.
        {
          selector: 'TaggedTemplateExpression TemplateElement[value.raw=/\\sstyle=|<style[\\s>]/]',
          message:
            "No style attribute or <style> in templates (a strict CSP drops them): use styleProps() from src/internal/style-props.ts, or the component's styles.",
        },
        {
          selector:
            "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']",
          message:
            'No style attribute (a strict CSP drops it): set properties with element.style.setProperty().',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/style-map.js',
              message:
                "styleMap writes a style attribute on its first render, which a strict CSP (style-src without 'unsafe-inline') drops: use styleProps() from src/internal/style-props.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/node/**', '*.config.{js,mjs}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai assertions such as `expect(x).to.be.true` are expressions.
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // Waits follow events and DOM state: open-wc's waitUntil gives up after 1 s and aTimeout is a
      // fixed sleep, both of which fail on a busy machine.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil', 'aTimeout'],
              message: 'Use until() or rendered() from test/helpers/wait.ts.',
            },
          ],
        },
      ],
    },
  },
);
