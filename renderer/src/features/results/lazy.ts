/** A value computed on first use and then kept: derived series a hidden tab may never need. */
export function lazy<T>(make: () => T): () => T {
  let done = false
  let value: T
  return () => {
    if (!done) {
      value = make()
      done = true
    }
    return value
  }
}
