"""A Task owns the model, the loss and the optimiser (fairseq-ish, but tiny)."""
import torch
from torch import nn


class CanvasModel(nn.Module):
    def __init__(self, n_in=4, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o.mean(1)).squeeze(-1)


class SailLoftTask:
    """Predicts stretch (mm) of a cut sail panel from the loft's tension sequence."""

    def __init__(self, hidden=12, lr=1e-2):
        self.model = CanvasModel(hidden=hidden)
        self.criterion = nn.HuberLoss()
        self.optimizer = torch.optim.AdamW(self.model.parameters(), lr=lr)
        self.model.train()

    def train_step(self, batch):
        x, y = batch
        self.optimizer.zero_grad()
        loss = self.criterion(self.model(x), y)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return {"loss": loss.item(), "n": len(x)}

    def valid_step(self, batch):
        x, y = batch
        self.model.eval()
        with torch.no_grad():
            loss = self.criterion(self.model(x), y)
        return {"loss": loss.item(), "n": len(x)}
