/**
 * @param {string} s
 * @param {string[]} wordDict
 * @returns {boolean}
 */
export function wordBreak(s, wordDict) {
  return false;
}
