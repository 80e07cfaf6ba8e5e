def fullJustify(words, maxWidth):
    return []
