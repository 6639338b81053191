def accuracy(logits, y):
    return float((logits.argmax(-1) == y).float().mean())
