// Standalone SVG text, shared by the app's exports and `schedlab chart`: XML-safe escaping and
// compact numbers. No DOM: strings in, strings out.

/**
 * Characters XML 1.0 does not allow at all, even escaped: C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. One of them makes the whole file unreadable, so
 * each becomes U+FFFD. Validation refuses them in names; this holds for any text.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text with the characters XML cannot hold replaced, for markup that is already escaped. */
export const xmlChars = (s: string): string => s.replace(NOT_XML, '\ufffd')

/** Text for an SVG text node or attribute value. */
export function esc(s: string): string {
  return xmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Two decimals at most: small files that diff well. */
export const r2 = (x: number): string => String(Math.round(x * 100) / 100)

export type Attrs = Record<string, string | number | undefined>

/** ` k="v"` for each set attribute: numbers rounded, text escaped. */
export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? r2(v) : esc(v as string)}"`)
    .join('')
}

/** One element; self-closing without a body. */
export function el(tag: string, a: Attrs, body?: string): string {
  return body === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`
}
