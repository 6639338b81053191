import torch
from torch import nn

from .lite import LiteModule


class SpineTask(LiteModule):
    """Predict whether a signature's stitching will hold, from a sequence of thread-tension readings."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 2)
        self.history = []

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.mean(1))

    def training_step(self, batch, idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean().item()

    def on_validation_end(self):
        # keep a record of validation accuracy; forgot super()
        self.history.append(len(self.history))
