// Characters a name may not hold (SECURITY.md, "Files"). Names reach terminals, SVG/XML exports,
// CSV files and window titles: control characters can drive a terminal (ESC sets its title or
// clears the screen) and make XML malformed, lone surrogates and noncharacters are not valid
// text in UTF-8 or XML, and bidi controls reorder what a reader sees (U+202E shows "a‮gnp.exe"
// as "aexe.png").

export interface ForbiddenChar {
  codePoint: number
  /** What kind of character it is, for the message: "a control character", ... */
  kind: string
}

const BIDI_CONTROLS = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069
])

function kindOf(cp: number): string | null {
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return 'a control character'
  if (cp >= 0xd800 && cp <= 0xdfff) return 'a lone surrogate'
  // U+FDD0..U+FDEF, and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, ...).
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'a noncharacter'
  if (BIDI_CONTROLS.has(cp)) return 'a bidi control'
  return null
}

/** The first character of `text` that a name may not hold, or null. */
export function forbiddenNameChar(text: string): ForbiddenChar | null {
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00)
        i++
      }
    }
    const kind = kindOf(cp)
    if (kind) return { codePoint: cp, kind }
  }
  return null
}

/** `U+202E`: the notation Unicode uses, at least four hex digits. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}

export function forbiddenNameMessage(text: string): string | null {
  const bad = forbiddenNameChar(text)
  return bad
    ? `contains ${codePointLabel(bad.codePoint)} (${bad.kind}), not allowed in names`
    : null
}
