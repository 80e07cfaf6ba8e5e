/**
 * @param {string} text
 * @param {string[]} vocab
 * @returns {string[]}
 */
export function tokenize(text, vocab) {
  return [];
}
