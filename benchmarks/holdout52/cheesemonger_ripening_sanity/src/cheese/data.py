import torch


class WheelDataModule:
    """Humidity/temperature/pH/weight traces from cheese wheels in the cave."""

    def __init__(self, n_wheels, days, sensors, batch_size, seed=0):
        g = torch.Generator().manual_seed(seed)
        self.x = torch.randn(n_wheels, days, sensors, generator=g)
        self.y = torch.randint(0, 3, (n_wheels,), generator=g)
        self.batch_size = batch_size
        self.split = n_wheels * 2 // 3

    def _batches(self, lo, hi):
        for i in range(lo, hi, self.batch_size):
            j = min(i + self.batch_size, hi)
            yield self.x[i:j], self.y[i:j]

    def train_dataloader(self):
        return list(self._batches(0, self.split))

    def val_dataloader(self):
        return list(self._batches(self.split, len(self.x)))
