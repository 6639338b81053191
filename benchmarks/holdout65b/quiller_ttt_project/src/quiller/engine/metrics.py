import torch


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


class Running:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def update(self, v, k=1):
        self.total += v * k
        self.n += k

    @property
    def mean(self):
        return self.total / max(self.n, 1)
