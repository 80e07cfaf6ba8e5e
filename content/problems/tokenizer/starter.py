def tokenize(text, vocab):
    return []
