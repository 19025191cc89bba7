// Text from a scenario file reaches the terminal in names, in messages quoting the file and in
// text tables. A raw ESC can set the terminal's title or clear the screen, C1 controls do the
// same on some terminals, and bidi controls reorder what the reader sees. Shown as `\u001b`
// instead, the text stays readable and harmless. Validation refuses such names already
// (sim-core/scenario/name-chars.ts); this is the second guard, for everything else.

/** C0 and C1 controls, DEL, bidi controls, lone surrogates and the BMP noncharacters. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** `text` with every unsafe character shown as a `\uXXXX` escape. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escape)
}

/** The same, but line breaks stay line breaks: for messages that span lines on purpose. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n')
}
