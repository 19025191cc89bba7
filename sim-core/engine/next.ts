/** What a task's program asks for next, once its current op is done. */
export const Next = { runnable: 0, blocked: 1, exit: 2, yieldRunnable: 3 } as const
export type NextCode = (typeof Next)[keyof typeof Next]
