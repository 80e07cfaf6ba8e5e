const WHITESPACE = new Set([" ", "\t", "\n", "\v", "\f", "\r"]);
const UNKNOWN = "<unk>";

/**
 * Greedy longest match over Unicode code points, with a trie of the vocabulary.
 *
 * `Array.from` splits the text into code points, so an emoji is one character and no token can
 * hold half of one. At each position the trie is walked as far as the text allows, remembering
 * the last node that ends an entry: that is the longest match, found in time bounded by the
 * longest entry rather than by the size of the vocabulary.
 */
export function tokenize(text, vocab) {
  const trie = buildTrie(vocab);
  const chars = Array.from(text);
  const tokens = [];
  let i = 0;
  while (i < chars.length) {
    if (WHITESPACE.has(chars[i])) {
      let end = i + 1;
      while (end < chars.length && WHITESPACE.has(chars[end])) end++;
      tokens.push(chars.slice(i, end).join(""));
      i = end;
      continue;
    }
    let node = trie;
    let matchEnd = -1;
    for (let j = i; j < chars.length && !WHITESPACE.has(chars[j]); j++) {
      node = node.children.get(chars[j]);
      if (node === undefined) break;
      if (node.isEntry) matchEnd = j + 1;
    }
    if (matchEnd === -1) {
      tokens.push(UNKNOWN);
      i += 1;
    } else {
      tokens.push(chars.slice(i, matchEnd).join(""));
      i = matchEnd;
    }
  }
  return tokens;
}

function buildTrie(vocab) {
  const root = { children: new Map(), isEntry: false };
  for (const entry of vocab) {
    let node = root;
    for (const char of entry) {
      let next = node.children.get(char);
      if (next === undefined) {
        next = { children: new Map(), isEntry: false };
        node.children.set(char, next);
      }
      node = next;
    }
    // The root never ends an entry, so the empty string is ignored.
    if (node !== root) node.isEntry = true;
  }
  return root;
}
