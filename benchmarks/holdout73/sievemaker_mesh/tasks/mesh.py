import torch
from torch import nn
from torch.nn import functional as F

from lite import LiteModule


class MeshGradeTask(LiteModule):
    """Classifies sieve mesh grade from a vibration trace."""

    def __init__(self, n_grades=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_grades)
        self.val_history = []

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out.mean(1))

    def training_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def on_validation_end(self):
        # keep a running record for the plot; the trainer prints the rest
        self.val_history.append(len(self.val_history))
