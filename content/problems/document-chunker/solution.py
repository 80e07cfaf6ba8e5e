import re

TOKEN = re.compile(r"[^ \t\r\n]+")


def chunkDocument(text, maxTokens, overlap):
    """Splits text into chunks of at most maxTokens tokens.

    Each cut goes at the latest paragraph break in the window, else the latest sentence end,
    else wherever the window ends.
    """
    tokens = [m.span() for m in TOKEN.finditer(text)]
    n = len(tokens)

    # last_paragraph[b] is the largest end <= b at which a paragraph break follows token end - 1
    # (0 if none); last_sentence likewise. They turn each choice of cut into two lookups.
    last_paragraph = [0] * (n + 1)
    last_sentence = [0] * (n + 1)
    for end in range(1, n + 1):
        token_start, token_end = tokens[end - 1]
        gap = text[token_end : tokens[end][0]] if end < n else ""
        last_paragraph[end] = end if gap.count("\n") >= 2 else last_paragraph[end - 1]
        last_sentence[end] = end if text[token_end - 1] in ".!?" else last_sentence[end - 1]

    chunks = []
    start = previous_end = 0
    while start < n:
        end = n
        if n - start > maxTokens:
            limit = start + maxTokens
            # A cut at or before previous_end would produce a chunk with nothing new in it.
            if last_paragraph[limit] > previous_end:
                end = last_paragraph[limit]
            elif last_sentence[limit] > previous_end:
                end = last_sentence[limit]
            else:
                end = limit
        chunks.append(text[tokens[start][0] : tokens[end - 1][1]])
        if end == n:
            break
        # After a chunk shorter than the overlap, overlapping would reach back past its own start.
        start = end - overlap if end - overlap > start else end
        previous_end = end
    return chunks
