import random

import torch


class ReservoirBuffer:
    def __init__(self, capacity=16, seed=0):
        self.capacity, self.items, self.seen = capacity, [], 0
        self.rng = random.Random(seed)

    def add(self, xs, ys):
        for x, y in zip(xs, ys):
            self.seen += 1
            if len(self.items) < self.capacity:
                self.items.append((x, y))
            else:
                j = self.rng.randrange(self.seen)
                if j < self.capacity:
                    self.items[j] = (x, y)

    def sample(self, n):
        batch = self.rng.sample(self.items, min(n, len(self.items)))
        return torch.stack([b[0] for b in batch]), torch.stack([b[1] for b in batch])
