import torch
import torch.nn as nn
import torch.nn.functional as F

from ..core.module import LedgerModule


class LedgerClassifier(LedgerModule):
    def __init__(self, n_feat, hidden, n_grades, lr):
        super().__init__()
        self.lr = lr
        self.norm = nn.LayerNorm(n_feat)
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_grades)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return self.head(h.mean(1))

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean().item()

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.lr)
