// The compact text form of an op list, e.g.
//   cpu 5, io 10 @disk, lock db, cpu 2, unlock db, repeat 3 { cpu 1, await 5 }
// Pure: no DOM, no React. `printOps` and `parseOps` round-trip: parseOps(printOps(ops)) equals
// ops for every op list the rows editor can hold. Syntax errors carry the offset, line and
// column of the offending text. Each op's form (what follows its verb) is its `text` in
// sim-core's op table, so a new op kind needs no change here. Values are not range-checked here (`cpu -4` parses): the
// scenario schema reports those, with the same path the CLI prints.
import { OP_TABLE, opKindByVerb, opKindOf } from '../../../../sim-core/index'
import { verbsFor, type OpDraft, type OpVerb } from '../../scenario/draft'

import type { OpsErrorCode, OpsTextContext, OpsTextError } from '../../scenario/ops-text-error'

export type { OpsErrorCode, OpsTextContext, OpsTextError } from '../../scenario/ops-text-error'

export type OpsParseResult = { ok: true; ops: OpDraft[] } | { ok: false; error: OpsTextError }

// ---------------------------------------------------------------- printing

const BARE_NAME = /^[^\s,;{}@"]+$/

function printName(name: string): string {
  return BARE_NAME.test(name) ? name : JSON.stringify(name)
}

function printNumber(n: unknown): string {
  return typeof n === 'number' && Number.isFinite(n) ? String(n) : '?'
}

function printOp(op: OpDraft): string {
  const kind = opKindOf(op)
  if (kind === null) return 'yield'
  const fields = op as Readonly<Record<string, unknown>>
  let out = kind.verb
  for (const arg of kind.text) {
    const v = fields[arg.field]
    switch (arg.kind) {
      case 'number':
        out += ` ${printNumber(v)}`
        break
      case 'name':
        out += ` ${printName(String(v))}`
        break
      case 'at':
        if (v !== undefined) out += ` @${printName(String(v))}`
        break
      case 'keyword':
        if (v !== undefined) out += ` ${arg.keyword} ${printNumber(v)}`
        break
      case 'true':
        break
      case 'block': {
        const body = printOps(Array.isArray(v) ? (v as OpDraft[]) : [])
        out += ` {${body ? ` ${body} ` : ' '}}`
        break
      }
    }
  }
  return out
}

/** One line, items separated by ", " — the form users type. */
export function printOps(ops: readonly OpDraft[]): string {
  return ops.map(printOp).join(', ')
}

// ---------------------------------------------------------------- lexing

type TokenKind = 'word' | 'string' | 'sep' | 'open' | 'close' | 'at' | 'end'

interface Token {
  kind: TokenKind
  text: string
  offset: number
  /** For strings: the decoded value. */
  value?: string
}

type LexResult = { ok: true; tokens: Token[] } | { ok: false; offset: number; text: string }

function lex(src: string): LexResult {
  const tokens: Token[] = []
  let i = 0
  while (i < src.length) {
    const ch = src[i]
    if (ch === '\n' || ch === ',' || ch === ';') {
      tokens.push({ kind: 'sep', text: ch, offset: i })
      i++
    } else if (/\s/.test(ch)) {
      i++
    } else if (ch === '{' || ch === '}' || ch === '@') {
      tokens.push({ kind: ch === '{' ? 'open' : ch === '}' ? 'close' : 'at', text: ch, offset: i })
      i++
    } else if (ch === '"') {
      let j = i + 1
      while (j < src.length && src[j] !== '"' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1
      if (j >= src.length || src[j] !== '"') return { ok: false, offset: i, text: src.slice(i, j) }
      const raw = src.slice(i, j + 1)
      let value: string
      try {
        value = JSON.parse(raw) as string
      } catch {
        return { ok: false, offset: i, text: raw }
      }
      tokens.push({ kind: 'string', text: raw, offset: i, value })
      i = j + 1
    } else {
      let j = i
      while (j < src.length && !/[\s,;{}@"]/.test(src[j])) j++
      tokens.push({ kind: 'word', text: src.slice(i, j), offset: i })
      i = j
    }
  }
  tokens.push({ kind: 'end', text: '', offset: src.length })
  return { ok: true, tokens }
}

// ---------------------------------------------------------------- parsing

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const ALL_VERBS: readonly OpVerb[] = OP_TABLE.map((k) => k.verb)

function allowedVerbs(context: OpsTextContext): readonly OpVerb[] {
  return context === 'any' ? ALL_VERBS : verbsFor(context)
}

class ParseFailure extends Error {
  constructor(readonly detail: Omit<OpsTextError, 'line' | 'column' | 'context'>) {
    super(detail.code)
  }
}

class Parser {
  private pos = 0
  constructor(
    private readonly tokens: Token[],
    private readonly allowed: readonly OpVerb[]
  ) {}

  private peek(): Token {
    return this.tokens[this.pos]
  }

  private next(): Token {
    return this.tokens[this.pos++]
  }

  private fail(code: OpsErrorCode, tok: Token, verb?: string): never {
    throw new ParseFailure({
      code,
      offset: tok.offset,
      length: Math.max(1, tok.text.length),
      found: tok.text,
      ...(verb !== undefined ? { verb } : {})
    })
  }

  private skipSeparators(): void {
    while (this.peek().kind === 'sep') this.pos++
  }

  /** A list of items up to `}` (nested) or the end (top level). */
  list(nested: boolean): OpDraft[] {
    const ops: OpDraft[] = []
    this.skipSeparators()
    for (;;) {
      const tok = this.peek()
      if (tok.kind === 'end') {
        if (nested) this.fail('unclosed-brace', tok)
        return ops
      }
      if (tok.kind === 'close') {
        if (!nested) this.fail('unexpected-close-brace', tok)
        return ops
      }
      ops.push(this.item())
      const after = this.peek()
      if (after.kind === 'sep') this.skipSeparators()
      else if (after.kind !== 'end' && after.kind !== 'close')
        this.fail('expected-separator', after)
    }
  }

  private number(): number {
    const tok = this.next()
    if (tok.kind !== 'word' || !NUMBER.test(tok.text)) this.fail('expected-number', tok)
    return Number(tok.text)
  }

  private name(): string {
    const tok = this.next()
    if (tok.kind === 'string') return tok.value ?? ''
    if (tok.kind !== 'word') this.fail('expected-name', tok)
    return tok.text
  }

  /** `@ name` after io/await, if present. */
  private device(): string | undefined {
    if (this.peek().kind !== 'at') return undefined
    this.pos++
    return this.name()
  }

  private item(): OpDraft {
    const tok = this.next()
    if (tok.kind !== 'word') this.fail('expected-op', tok)
    const verb = tok.text.toLowerCase()
    const kind = opKindByVerb(verb)
    if (kind === undefined) this.fail('unknown-op', tok, tok.text)
    if (!this.allowed.includes(verb)) this.fail('op-not-allowed', tok, verb)
    const op: Record<string, unknown> = { [kind.verb]: undefined }
    for (const arg of kind.text) {
      switch (arg.kind) {
        case 'number':
          op[arg.field] = this.number()
          break
        case 'name':
          op[arg.field] = this.name()
          break
        case 'at': {
          const name = this.device()
          if (name !== undefined) op[arg.field] = name
          break
        }
        case 'keyword': {
          const next = this.peek()
          if (next.kind === 'word' && next.text.toLowerCase() === arg.keyword) {
            this.pos++
            op[arg.field] = this.number()
          }
          break
        }
        case 'true':
          op[arg.field] = true
          break
        case 'block': {
          const open = this.next()
          if (open.kind !== 'open') this.fail('expected-open-brace', open)
          op[arg.field] = this.list(true)
          this.next() // the closing brace list() stopped at
          break
        }
      }
    }
    return op as OpDraft
  }
}

function lineAndColumn(src: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset && i < src.length; i++) {
    if (src[i] === '\n') {
      line++
      start = i + 1
    }
  }
  return { line, column: offset - start + 1 }
}

/**
 * Parses the text form. With a context, verbs that do not belong there (`await` in a thread,
 * `lock` in a coroutine) are syntax errors at their position; without one every verb parses and
 * the scenario schema judges where it stands.
 */
export function parseOps(src: string, context: OpsTextContext = 'any'): OpsParseResult {
  const lexed = lex(src)
  if (!lexed.ok) {
    return {
      ok: false,
      error: {
        code: 'unterminated-string',
        offset: lexed.offset,
        length: Math.max(1, lexed.text.length),
        found: lexed.text,
        context,
        ...lineAndColumn(src, lexed.offset)
      }
    }
  }
  try {
    return { ok: true, ops: new Parser(lexed.tokens, allowedVerbs(context)).list(false) }
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e
    return { ok: false, error: { ...e.detail, context, ...lineAndColumn(src, e.detail.offset) } }
  }
}

/** An English message for an error (the UI translates by `code`; the CLI-style text is for tests and logs). */
export function opsErrorMessage(e: OpsTextError): string {
  const at = `line ${e.line}, column ${e.column}`
  const found = e.found === '' ? 'the end of the text' : JSON.stringify(e.found)
  switch (e.code) {
    case 'expected-op':
      return `${at}: expected an op (${allowedVerbs(e.context).join(', ')}), found ${found}`
    case 'unknown-op':
      return `${at}: unknown op "${e.verb}"; expected one of ${allowedVerbs(e.context).join(', ')}`
    case 'op-not-allowed':
      return e.context === 'thread'
        ? `${at}: "${e.verb}" is a coroutine op; a thread's own ops are ${verbsFor('thread').join(', ')}`
        : `${at}: "${e.verb}" is not a coroutine op; a coroutine's ops are ${verbsFor('coroutine').join(', ')}`
    case 'expected-number':
      return `${at}: expected a number, found ${found}`
    case 'expected-name':
      return `${at}: expected a name, found ${found}`
    case 'expected-separator':
      return `${at}: expected "," between ops, found ${found}`
    case 'expected-open-brace':
      return `${at}: expected "{" after the repeat count, found ${found}`
    case 'unclosed-brace':
      return `${at}: a "{" is never closed`
    case 'unexpected-close-brace':
      return `${at}: "}" without a matching "{"`
    case 'unterminated-string':
      return `${at}: a quoted name is not closed`
  }
}
