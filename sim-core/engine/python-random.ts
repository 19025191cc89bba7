// CPython's `random` (Mersenne Twister MT19937, `random.seed(int)`, `random.random()`), so that
// OSTEP's randomly generated workloads (`-s SEED -j N`) come out exactly as upstream's.
// Shared by the lottery policy (`random: "python"`) and the OSTEP compat layer (compat/ostep/).

const N = 624
const M = 397

export class PythonRandom {
  private mt = new Uint32Array(N)
  private index = N + 1

  constructor(seed: number) {
    // random.seed(int): the absolute value split into 32-bit words, least significant first.
    let n = Math.abs(Math.trunc(seed))
    const key: number[] = []
    do {
      key.push(n % 4294967296)
      n = Math.floor(n / 4294967296)
    } while (n > 0)
    this.initByArray(key)
  }

  /** A float in [0, 1) with 53 random bits, as random.random(). */
  random(): number {
    const a = this.int32() >>> 5
    const b = this.int32() >>> 6
    return (a * 67108864 + b) / 9007199254740992
  }

  private initGenrand(s: number): void {
    const mt = this.mt
    mt[0] = s >>> 0
    for (let i = 1; i < N; i++)
      mt[i] = (Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i) >>> 0
    this.index = N
  }

  private initByArray(key: number[]): void {
    const mt = this.mt
    this.initGenrand(19650218)
    let i = 1
    let j = 0
    for (let k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1664525)) + key[j] + j) >>> 0
      i++
      j++
      if (i >= N) {
        mt[0] = mt[N - 1]
        i = 1
      }
      if (j >= key.length) j = 0
    }
    for (let k = N - 1; k > 0; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1566083941)) - i) >>> 0
      i++
      if (i >= N) {
        mt[0] = mt[N - 1]
        i = 1
      }
    }
    mt[0] = 0x80000000
  }

  private int32(): number {
    const mt = this.mt
    if (this.index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff)
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      }
      this.index = 0
    }
    let y = mt[this.index++]
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }
}
