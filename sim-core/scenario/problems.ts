// Turns zod issues into `path: message` problems, the form the CLI prints and the UI lists.
import type { z } from 'zod'
import { COROUTINE_OP_VERBS, THREAD_OP_VERBS } from './ops-schema'
import { codedProblem, type ProblemCode, type ProblemParams } from './problem-codes'

export interface Problem {
  /** JSON path in the dotted/bracket form users read: `processes[2].threads[0].ops[3].cpu`. */
  path: string
  /** In English: what the CLI prints. */
  message: string
  /** What the problem is, for an app to word in its own language with `params`; absent for the
   * schema's own messages, which are then shown as `message`. */
  code?: ProblemCode
  params?: ProblemParams
}

type PathPart = PropertyKey

export function formatPath(parts: readonly PathPart[]): string {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`
    else out += out === '' ? String(p) : `.${String(p)}`
  }
  return out
}

export function problemToString(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message
}

function valueAt(root: unknown, parts: readonly PathPart[]): unknown {
  let v = root
  for (const p of parts) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[p]
  }
  return v
}

/** For an op union, the branch the input means: the one whose verb key it carries. */
function opBranch(value: unknown, branchCount: number): number | 'no-verb' | null {
  const verbs: readonly string[] | null =
    branchCount === THREAD_OP_VERBS.length
      ? THREAD_OP_VERBS
      : branchCount === COROUTINE_OP_VERBS.length
        ? COROUTINE_OP_VERBS
        : null
  if (!verbs) return null
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'no-verb'
  const i = verbs.findIndex((v) => Object.hasOwn(value, v))
  return i >= 0 ? i : 'no-verb'
}

function verbList(branchCount: number): string {
  const verbs = branchCount === THREAD_OP_VERBS.length ? THREAD_OP_VERBS : COROUTINE_OP_VERBS
  return verbs.join(', ')
}

function collect(
  issue: z.core.$ZodIssue,
  base: readonly PathPart[],
  input: unknown,
  out: Problem[]
): void {
  const path = [...base, ...issue.path]
  if (issue.code === 'invalid_union') {
    const branches = issue.errors
    const branch = opBranch(valueAt(input, path), branches.length)
    if (branch === 'no-verb') {
      const got = valueAt(input, path)
      const keys = got && typeof got === 'object' && !Array.isArray(got) ? Object.keys(got) : []
      out.push({
        path: formatPath(path),
        message:
          `expected an op with one of: ${verbList(branches.length)}` +
          (keys.length ? `; got keys ${keys.join(', ')}` : '')
      })
      return
    }
    if (branch !== null) {
      for (const sub of branches[branch]) collect(sub, path, input, out)
      return
    }
  }
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) out.push(codedProblem(formatPath([...path, key]), 'unknownField'))
    return
  }
  if (
    issue.code === 'invalid_type' &&
    issue.input === undefined &&
    !/got nothing|expected/.test(issue.message)
  ) {
    out.push(codedProblem(formatPath(path), 'requiredField'))
    return
  }
  if (/ got nothing$/.test(issue.message)) out.push(codedProblem(formatPath(path), 'requiredField'))
  else out.push({ path: formatPath(path), message: issue.message })
}

export function zodProblems(error: z.ZodError, input: unknown): Problem[] {
  const out: Problem[] = []
  for (const issue of error.issues) collect(issue, [], input, out)
  return out
}
