/** What next/og's bundled Latin font can draw: Latin scripts and general punctuation; the rest is dropped. */
export function latinOnly(text: string): string {
  return text
    .replace(/[^\u0020-\u024F\u2010-\u205E]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
