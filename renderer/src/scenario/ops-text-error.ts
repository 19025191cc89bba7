// A syntax error in an op list's text form (features/editor/ops-text.ts parses it). The type
// lives here, below the features, because the store keeps such errors (store/text-errors-slice).
import type { OpContext } from './draft'

/** Which verbs the text may use: a thread's, a coroutine's, or (for a context-free parse) any. */
export type OpsTextContext = OpContext | 'any'

export type OpsErrorCode =
  | 'expected-op'
  | 'unknown-op'
  | 'op-not-allowed'
  | 'expected-number'
  | 'expected-name'
  | 'expected-separator'
  | 'expected-open-brace'
  | 'unclosed-brace'
  | 'unexpected-close-brace'
  | 'unterminated-string'

export interface OpsTextError {
  code: OpsErrorCode
  /** Offset of the offending text (UTF-16 code units) and its length (at least 1 for display). */
  offset: number
  length: number
  /** 1-based line and column of `offset`. */
  line: number
  column: number
  /** The text found there ('' at the end of the input). */
  found: string
  /** The verb concerned, for unknown-op and op-not-allowed. */
  verb?: string
  context: OpsTextContext
}
