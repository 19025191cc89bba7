// Shared test helpers for the renderer: an in-memory Storage and a store with a controllable clock.
import { createAppStore, type StoreOptions } from '../../renderer/src/store/store'
import type { Draft } from '../../renderer/src/scenario/draft'

export class MemoryStorage implements Storage {
  private map = new Map<string, string>()
  get length(): number {
    return this.map.size
  }
  clear(): void {
    this.map.clear()
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.map.delete(key)
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value))
  }
}

export function sampleDraft(): Draft {
  return {
    format: 'schedlab/scenario',
    version: 1,
    name: 'sample',
    timeUnit: 'ms',
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    devices: [{ name: 'disk', channels: 1 }],
    processes: [
      {
        name: 'web',
        threads: [{ name: 'w1', ops: [{ cpu: 3 }, { io: 4, device: 'disk' }, { cpu: 1 }] }]
      },
      { name: 'batch', arrival: 2, threads: [{ name: 'b1', ops: [{ cpu: 6 }] }] }
    ]
  }
}

/** A store with no persistence and a clock the test moves by hand. */
export function testStore(options: StoreOptions = {}) {
  const clock = { now: 0 }
  const store = createAppStore({
    storage: null,
    locale: 'en-US',
    now: () => clock.now,
    document: { draft: sampleDraft(), source: 'file', fileName: 'sample.json' },
    screen: 'workbench',
    ...options
  })
  return { store, clock }
}

/** Resolves after pending timers (the synchronous run controller starts on the next task). */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))
