// JSON laid out for people: two-space indentation, but an object or array that fits on one line
// stays on one line. Generated scenarios stay short and readable (one op list per line) instead
// of one number per line as JSON.stringify(v, null, 2) would print them.

// Values are plain data (parsed JSON or objects built to be saved as JSON), so `unknown` is
// narrowed at run time exactly as JSON.stringify would treat it.
type Container = unknown[] | Record<string, unknown>

const isContainer = (v: unknown): v is Container => v !== null && typeof v === 'object'

function entriesOf(v: Container): [string | null, unknown][] {
  if (Array.isArray(v)) return v.map((x) => [null, x])
  // Like JSON.stringify: a field whose value is undefined is left out.
  return Object.entries(v).filter((e) => e[1] !== undefined)
}

/** A scalar as JSON.stringify writes it (undefined inside an array becomes null). */
const scalar = (v: unknown): string => JSON.stringify(v) ?? 'null'

class Layout {
  private readonly out: string[] = []
  /** One-line length of each container, or Infinity past the width; measured once per node. */
  private readonly lengths = new WeakMap<object, number>()

  constructor(private readonly width: number) {}

  /** Length of `v` written on one line (`{ "a": 1, "b": [2, 3] }`), or Infinity if over the width. */
  private oneLineLength(v: unknown): number {
    if (!isContainer(v)) return scalar(v).length
    const known = this.lengths.get(v)
    if (known !== undefined) return known
    let n = Infinity
    // Each entry takes at least two characters: a long list cannot fit, so do not walk it.
    const count = Array.isArray(v) ? v.length : Object.keys(v).length
    if (count * 2 <= this.width) {
      const entries = entriesOf(v)
      // Brackets: `[` `]`, or `{ ` ` }`; separators: `, ` between entries.
      n = entries.length === 0 ? 2 : Array.isArray(v) ? 2 : 4
      n += Math.max(0, entries.length - 1) * 2
      for (const [key, x] of entries) {
        if (key !== null) n += JSON.stringify(key).length + 2
        n += this.oneLineLength(x)
        if (n > this.width) {
          n = Infinity
          break
        }
      }
    }
    this.lengths.set(v, n)
    return n
  }

  private oneLine(v: unknown): string {
    if (!isContainer(v)) return scalar(v)
    const entries = entriesOf(v)
    if (entries.length === 0) return Array.isArray(v) ? '[]' : '{}'
    const body = entries
      .map(([key, x]) => (key === null ? '' : `${JSON.stringify(key)}: `) + this.oneLine(x))
      .join(', ')
    return Array.isArray(v) ? `[${body}]` : `{ ${body} }`
  }

  write(v: unknown, indent: string, used: number): void {
    if (!isContainer(v) || this.oneLineLength(v) <= this.width - used) {
      this.out.push(this.oneLine(v))
      return
    }
    const array = Array.isArray(v)
    const inner = indent + '  '
    const entries = entriesOf(v)
    this.out.push(array ? '[\n' : '{\n')
    entries.forEach(([key, x], i) => {
      const head = inner + (key === null ? '' : `${JSON.stringify(key)}: `)
      this.out.push(head)
      // A trailing comma takes a column too.
      this.write(x, inner, head.length + 1)
      this.out.push(i < entries.length - 1 ? ',\n' : '\n')
    })
    this.out.push(indent + (array ? ']' : '}'))
  }

  text(): string {
    return this.out.join('') + '\n'
  }
}

export function layoutJson(value: unknown, width = 100): string {
  const layout = new Layout(width)
  layout.write(value, '', 0)
  return layout.text()
}
