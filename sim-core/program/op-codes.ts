// The compiled op codes (program.ts's slots). Their own module so that the op table and the
// program store can both import them without a cycle.
export const Op = {
  cpu: 0,
  io: 1,
  sleep: 2,
  lock: 3,
  unlock: 4,
  yield: 5,
  await: 6,
  repeatBegin: 7,
  repeatEnd: 8,
  send: 9,
  recv: 10
} as const
export type OpCode = (typeof Op)[keyof typeof Op]
