WHITESPACE = frozenset(" \t\n\v\f\r")
UNKNOWN = "<unk>"
_END = object()  # marks, inside a trie node, that an entry ends there


def tokenize(text, vocab):
    """Greedy longest match over Unicode code points, with a trie of the vocabulary.

    A Python str is indexed by code point, so an emoji is one character and no token can hold
    half of one. At each position the trie is walked as far as the text allows, remembering the
    last node that ends an entry: that is the longest match, found in time bounded by the longest
    entry rather than by the size of the vocabulary. (str.isspace is not used on purpose: it
    accepts characters such as U+3000 that the rules treat as ordinary.)
    """
    trie = _build_trie(vocab)
    tokens = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in WHITESPACE:
            end = i + 1
            while end < n and text[end] in WHITESPACE:
                end += 1
            tokens.append(text[i:end])
            i = end
            continue
        node, match_end = trie, -1
        j = i
        while j < n and text[j] not in WHITESPACE:
            node = node.get(text[j])
            if node is None:
                break
            j += 1
            if _END in node:
                match_end = j
        if match_end == -1:
            tokens.append(UNKNOWN)
            i += 1
        else:
            tokens.append(text[i:match_end])
            i = match_end
    return tokens


def _build_trie(vocab):
    root = {}
    for entry in vocab:
        if not entry:
            continue  # the empty string is ignored
        node = root
        for char in entry:
            node = node.setdefault(char, {})
        node[_END] = True
    return root
