import type { TokenType } from '../scopes/types';
/**
 * The Token type control's wording: which of the two token types an option text names. One
 * place for it, used by the diff, the fill plan, the executor and the capture.
 */

const TOKEN_TYPE_TEXT: Readonly<Record<TokenType, RegExp>> = { v2v3: /v2\s*\/\s*v3/i, 'stencil-cli': /stencil/i };

export function tokenTypeMatches(text: string, tokenType: TokenType): boolean {
  return TOKEN_TYPE_TEXT[tokenType].test(text);
}

/** Which token type a control's text names, or null when it names none. */
export function tokenTypeFromText(text: string): TokenType | null {
  if (tokenTypeMatches(text, 'stencil-cli')) return 'stencil-cli';
  if (tokenTypeMatches(text, 'v2v3')) return 'v2v3';
  return null;
}
