/** jsdom has canvas elements but no 2D context (and logs an error when asked for one). */
export function canvasSupported(): boolean {
  return typeof navigator !== 'undefined' && !navigator.userAgent.includes('jsdom')
}
