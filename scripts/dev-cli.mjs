// `npm run dev:cli -- ARGS`: the `schedlab` command run from the TypeScript sources through tsx,
// never from the bundle, for working on the CLI without rebuilding it after each edit.
process.env.SCHEDLAB_FROM_SOURCE = '1'
await import('../bin/schedlab.mjs')
