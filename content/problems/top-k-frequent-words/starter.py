def topKFrequentWords(text, k):
    return []
