import torch


class WindDataset:
    """Anemometer windows (time x sensors) and a gate delta target."""

    def __init__(self, n=16, steps=9, sensors=5, seed=0):
        g = torch.Generator().manual_seed(seed)
        self.x = torch.randn(n, steps, sensors, generator=g)
        self.y = self.x[:, -3:, :].mean(dim=(1, 2)) - 0.2 * self.x[:, :, 0].mean(1)

    def batches(self, batch_size):
        for i in range(0, len(self.x), batch_size):
            yield self.x[i:i + batch_size], self.y[i:i + batch_size]
