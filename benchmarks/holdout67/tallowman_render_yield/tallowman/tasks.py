import torch.nn as nn
import torch.nn.functional as F

from .core import TaskModule


class RenderYieldTask(TaskModule):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.mse_loss(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_loss", F.l1_loss(self(x), y).item())

    def on_validation_end(self):
        vals = self.logged.get("val_loss", [])
        if vals:
            self.log("val_mean", sum(vals) / len(vals))
