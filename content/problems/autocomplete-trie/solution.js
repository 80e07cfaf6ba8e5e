const LIMIT = 5;
const WHITESPACE = /[ \t\r\n]+/g;

/**
 * A trie over normalised phrases in which every node caches the top five phrases below it. A query
 * walks the prefix and copies one list; an update walks one phrase's path and fixes each list.
 * Frequencies only increase, so a phrase can only move up a list or enter it, never fall out.
 */
export class Autocomplete {
  #root = newNode();
  /** phrase -> frequency */
  #frequency = new Map();

  constructor(entries) {
    for (const [phrase, frequency] of entries) this.#add(phrase, frequency);
  }

  suggest(prefix) {
    const key = prefix
      .toLowerCase()
      .replace(/^[ \t\r\n]+/, "")
      .replace(WHITESPACE, " ");
    let node = this.#root;
    for (const c of key) {
      node = node.children.get(c);
      if (node === undefined) return [];
    }
    return [...node.top];
  }

  select(phrase) {
    this.#add(phrase, 1);
  }

  #add(rawPhrase, amount) {
    const phrase = rawPhrase.toLowerCase().replace(WHITESPACE, " ").trim();
    if (phrase === "") return;
    this.#frequency.set(phrase, (this.#frequency.get(phrase) ?? 0) + amount);

    let node = this.#root;
    this.#rank(node, phrase);
    for (const c of phrase) {
      let child = node.children.get(c);
      if (child === undefined) {
        child = newNode();
        node.children.set(c, child);
      }
      node = child;
      this.#rank(node, phrase);
    }
  }

  /** Re-places `phrase` in the node's top list after its frequency rose. */
  #rank(node, phrase) {
    const top = node.top.filter((other) => other !== phrase);
    const at = top.findIndex((other) => this.#ranksBefore(phrase, other));
    top.splice(at === -1 ? top.length : at, 0, phrase);
    node.top = top.slice(0, LIMIT);
  }

  #ranksBefore(a, b) {
    const difference = this.#frequency.get(a) - this.#frequency.get(b);
    return difference !== 0 ? difference > 0 : a < b;
  }
}

function newNode() {
  return { children: new Map(), top: [] };
}
