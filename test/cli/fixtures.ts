// Scenarios and temp folders shared by the CLI tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

/** Three single-threaded jobs of 3, 5 and 2 ticks, all arriving at 0, on one core under fcfs. */
export function threeJobs(): JsonObject {
  return {
    format: 'schedlab/scenario',
    version: 1,
    name: 'three jobs',
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    processes: [
      { name: 'a', threads: [{ name: 'main', ops: [{ cpu: 3 }] }] },
      { name: 'b', threads: [{ name: 'main', ops: [{ cpu: 5 }] }] },
      { name: 'c', threads: [{ name: 'main', ops: [{ cpu: 2 }] }] }
    ]
  }
}

/** A temporary folder for the current test file, removed when the file's tests are done. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'schedlab-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Writes a scenario (object, or raw text/bytes as given) and returns its path. */
export function writeScenario(dir: string, name: string, content: Json | Buffer): string {
  const path = join(dir, name)
  writeFileSync(
    path,
    typeof content === 'string' || Buffer.isBuffer(content)
      ? content
      : JSON.stringify(content, null, 2)
  )
  return path
}

/** Matches a Node stack-trace line; it must never reach a user. */
export const STACK_TRACE = /\n\s+at /

/**
 * The web server, small: two workers sharing a `db` lock and an event-loop thread with
 * two coroutines, on two cores under fcfs (default costs).
 */
export function webServer(): JsonObject {
  return {
    format: 'schedlab/scenario',
    version: 1,
    name: 'web server',
    machine: { cores: 2 },
    scheduler: { policy: 'fcfs' },
    locks: [{ name: 'db' }],
    processes: [
      {
        name: 'web',
        threads: [
          { name: 'w1', ops: [{ lock: 'db' }, { cpu: 3 }, { unlock: 'db' }, { io: 2 }] },
          { name: 'w2', ops: [{ lock: 'db' }, { cpu: 3 }, { unlock: 'db' }] },
          {
            name: 'loop',
            runtime: { kind: 'event-loop' },
            coroutines: [
              { name: 'c1', ops: [{ cpu: 1 }, { await: 2 }, { cpu: 1 }] },
              { name: 'c2', ops: [{ cpu: 2 }] }
            ]
          }
        ]
      }
    ]
  }
}
