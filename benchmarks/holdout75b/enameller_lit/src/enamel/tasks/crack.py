import torch
import torch.nn as nn
import torch.nn.functional as F

from ..core import MiniModule


class CrackTask(MiniModule):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.clf = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.clf(self.rnn(x)[0][:, -1])

    def _batches(self, n):
        g = torch.Generator().manual_seed(n)
        return [(torch.randn(4, 5, 3, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]

    def train_dataloader(self):
        return self._batches(3)

    def val_dataloader(self):
        return self._batches(2)

    def training_step(self, batch, idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, idx):
        x, y = batch
        self.log("val_loss", F.cross_entropy(self(x), y))

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)
