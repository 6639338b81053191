import torch


class PressureLogs:
    def __init__(self, n, steps, sensors, zones, batch=4, seed=0):
        g = torch.Generator().manual_seed(seed)
        self.x = torch.rand(n, steps, sensors, generator=g)
        self.y = self.x.mean(1)[:, :zones] + 0.05 * torch.randn(n, zones, generator=g)
        self.batch = batch

    def __iter__(self):
        for i in range(0, len(self.x), self.batch):
            yield self.x[i:i + self.batch], self.y[i:i + self.batch]

    def __len__(self):
        return (len(self.x) + self.batch - 1) // self.batch
