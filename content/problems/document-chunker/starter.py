def chunkDocument(text, maxTokens, overlap):
    return []
