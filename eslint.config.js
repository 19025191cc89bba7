// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'

// The layering of ARCHITECTURE.md, enforced: each folder may import only what its row allows.
const up = (layers) => ({
  regex: `^\\.\\.?/(?:.*/)?(?:${layers.join('|')})(?:/|$)`,
  message: 'this layer may not import from that folder (see ARCHITECTURE.md, "Layout")'
})
const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }]
})

// The renderer's layers, top to bottom (ARCHITECTURE.md, "Renderer"): App.tsx and sim/ (the
// worker, wired into the store at the top) → features → components, store, app/ hooks, files,
// scenario, i18n. Among the features, each may import only those after it in this list; what two
// features share moves down (components/, or charts/ at the bottom).
const FEATURE_ORDER = [
  'shell',
  'start',
  'results',
  'compare',
  'export',
  'generate',
  'presets',
  'editor',
  'timeline',
  'charts'
]
const R = 'renderer/src'
function rendererZones() {
  const base = ['components', 'store', 'app', 'files', 'scenario', 'i18n'].map((d) => `${R}/${d}`)
  return [
    {
      target: base,
      from: [`${R}/features`, `${R}/sim`],
      message: 'components, store and the other base folders may not import features or sim/'
    },
    {
      target: `${R}/features`,
      from: `${R}/sim`,
      message: "features run simulations through the store's RunController, not sim/ directly"
    },
    ...FEATURE_ORDER.slice(1).map((feature, i) => ({
      target: `${R}/features/${feature}`,
      from: FEATURE_ORDER.slice(0, i + 1).map((above) => `${R}/features/${above}`),
      message: `features/${feature} may import only the features below it (FEATURE_ORDER in eslint.config.js)`
    }))
  ]
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'release/',
      'dist-web/',
      'test-results/',
      'test/lint/fixtures/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    // Spreading an array into arguments overflows the call stack at ~100,000 elements
    // (`run --format text` on 130,000 threads crashed): the product uses a loop or reduce.
    files: [
      'sim-core/**/*.ts',
      'present/**/*.ts',
      'cli/**/*.ts',
      'main/**/*.ts',
      'renderer/**/*.{ts,tsx}'
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message:
            'Math.max/min(...array) overflows the stack on large arrays: use a loop or reduce'
        }
      ]
    }
  },
  {
    files: ['sim-core/**/*.ts'],
    rules: restrict([
      {
        regex: '^(?!zod$|zod/|\\.)',
        message: 'sim-core is pure TypeScript: it may import only itself and zod'
      },
      up(['present', 'cli', 'main', 'renderer', 'test', 'bench'])
    ])
  },
  {
    // Shared presentation (ARCHITECTURE.md "present/"): pure TypeScript over sim-core's types,
    // drawn with by both cli/ and renderer/, so it may import neither of them.
    files: ['present/**/*.ts'],
    rules: restrict([
      {
        regex: '^(?!\\.)',
        message: 'present/ is pure TypeScript: it may import only itself and sim-core'
      },
      up(['cli', 'main', 'renderer', 'test', 'bench'])
    ])
  },
  {
    files: ['cli/**/*.ts'],
    rules: restrict([
      {
        regex: '^(electron|react|react-dom|zustand|recharts)(/|$)',
        message: 'the CLI may import sim-core, present/ and node:* only'
      },
      up(['main', 'renderer'])
    ])
  },
  {
    files: ['main/**/*.ts'],
    rules: restrict([
      {
        regex: '^(react|react-dom|zustand|recharts)(/|$)',
        message: 'main may import sim-core, electron and node:* only'
      },
      up(['renderer', 'cli'])
    ])
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      {
        regex: '^(node:|electron$|fs$|path$|child_process$)',
        message: 'the renderer runs in a sandbox: no Node or Electron imports'
      },
      up(['cli']),
      {
        regex: '^\\.\\.?/(?:.*/)?main(?:/|$)',
        allowTypeImports: true,
        message: 'the renderer may import types only from main (the IPC contract)'
      }
    ])
  },
  {
    // Features depend downward only (ARCHITECTURE.md, "Renderer"): no import cycles at all (between
    // values: a type-only import is erased), with no exceptions.
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The rule parses each imported file itself: tell it which files are TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })]
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: rendererZones() }]
    }
  }
)
