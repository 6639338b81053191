import torch


class AudioDataLoader:
    def __init__(self, n, seed=0):
        g = torch.Generator().manual_seed(seed)
        self.items = []
        for _ in range(n):
            src = torch.randn(2, 2, 32, generator=g)
            self.items.append((src.sum(1), torch.tensor([32, 32]), src))

    def __iter__(self):
        return iter(self.items)
