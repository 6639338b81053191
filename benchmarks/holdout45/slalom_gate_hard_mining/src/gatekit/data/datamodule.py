import torch


class GateDataModule:
    """Runs of IMU windows; hard runs (high current loss) are up-weighted at setup."""

    def __init__(self, n_batches=3, batch_size=4, window=9, n_imu=6, hard_boost=2.0):
        g = torch.Generator().manual_seed(41)
        self.raw = [(torch.randn(batch_size, window, n_imu, generator=g),
                     torch.randint(0, 3, (batch_size,), generator=g)) for _ in range(n_batches)]
        self.hard_boost = hard_boost
        self.weighted = None

    def setup(self, stage, trainer, module):
        if stage != "fit":
            return
        losses = trainer.predict(module, self.raw)
        cut = torch.cat(losses).median()
        self.weighted = [(x, y, 1.0 + self.hard_boost * (l > cut).float()) for (x, y), l in zip(self.raw, losses)]

    def train_dataloader(self):
        return iter(self.weighted)
