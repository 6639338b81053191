import torch
import torch.nn as nn
import torch.nn.functional as F

from ..core.module import LiteModule


class PatternTask(LiteModule):
    """Classify bobbin-lace pattern families from thread-tension traces."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 5)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.cls(o[:, -1])

    def training_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
