import torch
from torch import nn
import torch.nn.functional as F


class PatternTask(nn.Module):
    """A task bundles the model with its step logic, in the style of a LightningModule."""

    def __init__(self, n_feat, hidden, n_cls):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y).item()

    def configure_optimizers(self, lr):
        return torch.optim.Adam(self.parameters(), lr=lr)
