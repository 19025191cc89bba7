// Level of detail: turns the part of a lane inside [t0, t1) into at most one rectangle per
// pixel column. A column that a single interval owns is drawn exactly (and neighbouring
// columns of the same interval merge into one rectangle); a column shared by several
// intervals becomes one aggregate rectangle in the colour of the DOMINANT interval — the one
// that overlaps the column longest, the earliest of equals — with opacity = the fraction of
// the column that is busy (from the prefix sums). The app's timeline, its SVG export and
// `schedlab chart` all draw with this one rule.
//
// The dominant interval is exact however many intervals share a column: the first and last
// of them may be cut by the column's edges, everything between lies wholly inside it, so the
// longest of those comes from a max-tree over interval lengths (built once per lane, on the
// first crowded column). Work stays O(columns · log n) per lane, so a million segments pan as
// smoothly as ten. (The app used to look at no more than 8 intervals, the CLI at all of them:
// the same column could get different colours.)
import { cumAt, firstEndAfter, firstStartAtOrAfter, type Lane } from './lane'

export interface DrawList {
  count: number
  /** Pixel extents, relative to the plot's left edge. */
  x0: Float64Array
  x1: Float64Array
  cls: Uint8Array
  key: Int32Array
  /** Trace record for an exact interval; -1 for an aggregate column. */
  rec: Int32Array
  /** 1 for exact intervals; busy fraction for aggregates. */
  alpha: Float32Array
}

export function createDrawList(capacity = 256): DrawList {
  return {
    count: 0,
    x0: new Float64Array(capacity),
    x1: new Float64Array(capacity),
    cls: new Uint8Array(capacity),
    key: new Int32Array(capacity),
    rec: new Int32Array(capacity),
    alpha: new Float32Array(capacity)
  }
}

function ensure(out: DrawList, capacity: number): void {
  if (out.x0.length >= capacity) return
  const grow = <T extends Float64Array | Float32Array | Uint8Array | Int32Array>(
    a: T,
    make: (n: number) => T
  ): T => {
    const b = make(capacity)
    b.set(a)
    return b
  }
  out.x0 = grow(out.x0, (n) => new Float64Array(n))
  out.x1 = grow(out.x1, (n) => new Float64Array(n))
  out.cls = grow(out.cls, (n) => new Uint8Array(n))
  out.key = grow(out.key, (n) => new Int32Array(n))
  out.rec = grow(out.rec, (n) => new Int32Array(n))
  out.alpha = grow(out.alpha, (n) => new Float32Array(n))
}

/** Aggregates with nearly the same opacity merge; the eye cannot tell 2 % apart. */
const ALPHA_MERGE = 0.02
/** Up to this many intervals in a column are compared one by one; more ask the max-tree. */
const DIRECT_SCAN = 8

/** The longer of intervals a and b, the earlier on a tie; -1 stands for none. */
function longer(lane: Lane, a: number, b: number): number {
  if (a < 0) return b
  if (b < 0) return a
  const la = lane.end[a] - lane.start[a]
  const lb = lane.end[b] - lane.start[b]
  return la > lb || (la === lb && a < b) ? a : b
}

interface MaxTree {
  n: number
  size: number
  node: Int32Array
}

const trees = new WeakMap<Lane, MaxTree>()

/** A segment tree whose nodes hold the longest interval of their range (built on first use). */
function maxTree(lane: Lane): MaxTree {
  const cached = trees.get(lane)
  if (cached && cached.n === lane.n) return cached
  let size = 1
  while (size < lane.n) size *= 2
  const node = new Int32Array(2 * size).fill(-1)
  for (let i = 0; i < lane.n; i++) node[size + i] = i
  for (let v = size - 1; v >= 1; v--) node[v] = longer(lane, node[2 * v], node[2 * v + 1])
  const tree = { n: lane.n, size, node }
  trees.set(lane, tree)
  return tree
}

/** The longest interval among indices [lo, hi), the earliest of equals; -1 when empty. */
function longestIn(lane: Lane, lo: number, hi: number): number {
  if (hi - lo <= DIRECT_SCAN) {
    let best = -1
    for (let j = lo; j < hi; j++) best = longer(lane, best, j)
    return best
  }
  const { size, node } = maxTree(lane)
  let best = -1
  for (let a = lo + size, b = hi + size; a < b; a >>= 1, b >>= 1) {
    if (a & 1) best = longer(lane, best, node[a++])
    if (b & 1) best = longer(lane, best, node[--b])
  }
  return best
}

/**
 * The dominant interval of column [ta, tb): `i` is the first interval ending after ta, and
 * another interval starts before tb.
 */
export function dominantIn(lane: Lane, i: number, ta: number, tb: number): number {
  const { start, end } = lane
  const overlap = (j: number): number => Math.min(end[j], tb) - Math.max(start[j], ta)
  const last = firstStartAtOrAfter(lane, tb, i + 1) - 1
  let best = i
  let bestLen = overlap(i)
  // Intervals strictly between the first and the last lie wholly inside the column.
  const mid = longestIn(lane, i + 1, last)
  if (mid >= 0 && end[mid] - start[mid] > bestLen) {
    best = mid
    bestLen = end[mid] - start[mid]
  }
  if (last > i && overlap(last) > bestLen) best = last
  return best
}

export function aggregateLane(
  lane: Lane,
  t0: number,
  t1: number,
  width: number,
  out: DrawList = createDrawList()
): DrawList {
  out.count = 0
  const n = lane.n
  if (n === 0 || width <= 0 || !(t1 > t0)) return out
  const cols = Math.ceil(width)
  ensure(out, cols + 1)
  const px = (t1 - t0) / width
  const { start, end, cls, key, rec } = lane

  const push = (x0: number, x1: number, c: number, k: number, r: number, a: number): void => {
    const last = out.count - 1
    if (last >= 0 && out.rec[last] === r && Math.abs(out.x1[last] - x0) < 1e-6) {
      if (
        r >= 0 ||
        (out.cls[last] === c && out.key[last] === k && Math.abs(out.alpha[last] - a) < ALPHA_MERGE)
      ) {
        out.x1[last] = x1
        return
      }
    }
    const j = out.count++
    out.x0[j] = x0
    out.x1[j] = x1
    out.cls[j] = c
    out.key[j] = k
    out.rec[j] = r
    out.alpha[j] = a
  }

  let i = firstEndAfter(lane, t0)
  if (i >= n) return out
  let col = Math.max(0, Math.floor((start[i] - t0) / px))
  while (col < cols) {
    const ta = t0 + col * px
    const tb = ta + px
    if (end[i] <= ta) {
      i = firstEndAfter(lane, ta, i)
      if (i >= n) break
    }
    const s = start[i]
    if (s >= t1) break
    if (s >= tb) {
      // A gap: jump straight to the column where the next interval begins.
      col = Math.max(col + 1, Math.floor((s - t0) / px))
      continue
    }
    const alone = i + 1 >= n || start[i + 1] >= tb
    if (alone) {
      const e = end[i]
      const xs = Math.max(col, (s - t0) / px)
      if (e >= tb) {
        // The interval covers the rest of this column and every column up to the one holding
        // its end; it owns all of them alone.
        const cEnd = Math.max(col + 1, Math.min(cols, Math.floor((e - t0) / px)))
        push(xs, Math.min(cEnd, width), cls[i], key[i], rec[i], 1)
        col = cEnd
      } else {
        push(xs, Math.min(width, (e - t0) / px), cls[i], key[i], rec[i], 1)
        col++
      }
      continue
    }
    // Shared column: one aggregate rectangle.
    const busy = (cumAt(lane, Math.min(tb, t1)) - cumAt(lane, ta)) / (Math.min(tb, t1) - ta)
    const best = dominantIn(lane, i, ta, tb)
    push(col, Math.min(col + 1, width), cls[best], key[best], -1, Math.min(1, busy))
    col++
  }
  return out
}
