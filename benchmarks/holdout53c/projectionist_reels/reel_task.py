import torch
from torch import nn

from projector import ReelModule


class ReelChangeTask(ReelModule):
    def __init__(self, feats, hidden):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)
        self.val_history = []

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean()

    def on_validation_end(self):
        # keep a running record for the booth log
        acc = torch.stack(self.val_outputs).mean().item()
        self.val_history.append(acc)
