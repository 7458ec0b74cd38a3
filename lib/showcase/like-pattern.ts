/** A substring pattern for ILIKE: `%`, `_` and the backslash typed by a visitor are literal characters, not wildcards. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
