"""A `Task` owns the model, the loss and the optimiser; the notebook only drives it."""
import torch
from torch import nn
import torch.nn.functional as F


class DriftModel(nn.Module):
    """GRU over tide cycles (wave height, period, wind angle, surge) -> longshore drift at 2 groynes."""

    def __init__(self, n_in=4, hidden=8, n_out=2):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, num_layers=2, dropout=0.2)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x):
        z, _ = self.gru(x)
        return self.out(z[:, -1])


class DriftTask:
    def __init__(self, hidden=8, lr=5e-3):
        self.model = DriftModel(hidden=hidden)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)

    def loss(self, pred, target):
        return F.huber_loss(pred, target, delta=0.5)

    def train_step(self, batch):
        x, y = batch
        self.optimizer.zero_grad()
        loss = self.loss(self.model(x), y)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def valid_step(self, batch):
        was_training = self.model.training
        self.model.eval()
        x, y = batch
        loss = self.loss(self.model(x), y).item()
        self.model.train(was_training)
        return loss
