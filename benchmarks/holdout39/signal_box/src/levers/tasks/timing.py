import torch
from torch import nn

from ..lightish import LightishModule


class LeverTimingModule(LightishModule):
    def __init__(self, hidden=8, lr=1e-3):
        super().__init__()
        self.lr = lr
        self.bells = nn.Embedding(6, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, codes):
        out, _ = self.lstm(self.bells(codes))
        return self.reg(out[:, -1]).squeeze(-1)

    def _batch(self, seed):
        g = torch.Generator().manual_seed(seed)
        codes = torch.randint(0, 6, (4, 5), generator=g)
        return codes, codes.float().mean(1)

    def train_batches(self):
        return [self._batch(i) for i in range(3)]

    def val_batches(self):
        return [self._batch(100)]

    def training_step(self, batch):
        codes, y = batch
        loss = nn.functional.mse_loss(self(codes), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch):
        codes, y = batch
        self.log("val_loss", nn.functional.mse_loss(self(codes), y))

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
