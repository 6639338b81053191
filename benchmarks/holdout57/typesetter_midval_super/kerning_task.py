import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

from lightish import LightModule


class GlyphData:
    def __init__(self, n_train, n_val, strokes, dims, batch_size):
        g = torch.Generator().manual_seed(11)
        self._train = TensorDataset(torch.randn(n_train, strokes, dims, generator=g),
                                    torch.randn(n_train, 1, generator=g))
        self._val = TensorDataset(torch.randn(n_val, strokes, dims, generator=g),
                                  torch.randn(n_val, 1, generator=g))
        self.batch_size = batch_size

    def train_dataloader(self):
        return DataLoader(self._train, batch_size=self.batch_size, shuffle=True)

    def val_dataloader(self):
        return DataLoader(self._val, batch_size=self.batch_size)


class KerningTask(LightModule):
    def __init__(self, dims, hidden, lr):
        super().__init__()
        self.lr = lr
        self.encoder = nn.LSTM(dims, hidden, batch_first=True, bidirectional=True)
        self.offset = nn.Linear(2 * hidden, 1)
        self._val_losses = []

    def forward(self, strokes):
        out, _ = self.encoder(strokes)
        return self.offset(out.mean(1))

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.smooth_l1_loss(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self._val_losses.append(F.smooth_l1_loss(self(x), y).item())

    def on_validation_end(self):
        # report the mean and reset the buffer for the next validation run
        self.log("val_loss", sum(self._val_losses) / len(self._val_losses))
        self._val_losses.clear()
        super().on_validation_end()

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.lr)
