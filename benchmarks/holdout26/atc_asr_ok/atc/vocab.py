VOCAB = ["<s>", "climb", "descend", "maintain", "flight", "level", "one", "two", "three", "contact", "tower"]


def detok(ids):
    return " ".join(VOCAB[i] for i in ids)
