import torch
from torch import nn


class EtaGRU(nn.Module):
    """Stops along a route -> minutes to the last drop."""

    def __init__(self, n_features, hidden, lr=1e-3):
        super().__init__()
        self.lr = lr
        self.embed = nn.Linear(n_features, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.head(h[:, -1])

    def training_step(self, batch):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return (self(x) - y).abs().mean()

    def configure_optimizer(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
