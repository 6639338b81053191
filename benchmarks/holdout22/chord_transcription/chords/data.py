import torch


class ChromaDataset:
    def __init__(self, n=12, frames=8, seed=0):
        g = torch.Generator().manual_seed(seed)
        self.x = torch.rand(n, frames, 12, generator=g)
        self.y = self.x[..., :6].argmax(-1) % 5

    def batches(self, bs=4):
        for i in range(0, len(self.x), bs):
            yield self.x[i:i + bs], self.y[i:i + bs]
