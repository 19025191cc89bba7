// The shared fill patterns (present/patterns.ts) under the ids `schedlab chart` fills with.
import { PATTERNS, patternDefs } from '../../present/patterns'

export const PATTERN_DEFS = patternDefs([
  ['sl-switch', PATTERNS.switch],
  ['sl-migration', PATTERNS.migration],
  ['sl-held', PATTERNS.held],
  ['sl-coswitch', PATTERNS.coSwitch]
])
