"""A hand-written LightningModule look-alike for the chandler notebooks (no Lightning installed)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LitWax(nn.Module):
    """Classifies candle-dipping runs (wax temperature, dip speed) into 'good' / 'sagging'."""

    def __init__(self, hidden=8, lr=1e-2):
        super().__init__()
        self.lr = lr
        self.encoder = nn.GRU(2, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.classifier = nn.Linear(hidden, 2)
        self.logged = {}

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.classifier(h[:, -1])

    def log(self, key, value):
        self.logged.setdefault(key, []).append(float(value))

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        self.eval()
        x, y = batch
        with torch.no_grad():
            acc = (self(x).argmax(-1) == y).float().mean()
        self.log("val_acc", acc.item())
        return acc
