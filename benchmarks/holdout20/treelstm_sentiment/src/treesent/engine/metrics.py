def accuracy(preds, gold):
    return sum(int(p == g) for p, g in zip(preds, gold)) / max(len(gold), 1)
