import torch
import torch.nn as nn
import torch.nn.functional as F

from lite import LiteModule


class StaveTask(LiteModule):
    def __init__(self, feats, hidden):
        super().__init__()
        self.enc = nn.LSTM(feats, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        out, _ = self.enc(x)
        return self.head(out.mean(1))

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        acc = (self(x).argmax(-1) == y).float().mean()
        self.log("val_acc", acc)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)
