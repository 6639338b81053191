import torch
import torch.nn as nn


class BedModel(nn.Module):
    """Predicts oyster-bed yield class from a salinity/temperature series."""

    def __init__(self, n_feat=5, hidden=10, n_cls=3):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=1, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        z, _ = self.rnn(torch.tanh(self.inp(x)))
        return self.cls(z[:, -1])

    def training_step(self, batch):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean()
