"""Small trainer used by the lamplighter notebook."""
import torch
from torch import nn
from torch.nn import functional as F


class RouteTimer(nn.Module):
    """Minutes needed for a lamplighter round from the sequence of lamps
    (distance to previous lamp, ladder height, wind)."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, lamps):
        h, _ = self.rnn(lamps)
        return self.out(h.mean(1)).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=1e-2, eval_every=2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.eval_every = eval_every
        self.history = {"train": [], "val": []}

    @torch.no_grad()
    def evaluate(self, val):
        self.model.eval()
        x, y = val
        return F.mse_loss(self.model(x), y).item()

    def fit(self, batches, val, epochs=1):
        for epoch in range(epochs):
            self.model.train()
            for i, (x, y) in enumerate(batches):
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
                self.history["train"].append(loss.item())
                if (i + 1) % self.eval_every == 0:
                    self.history["val"].append(self.evaluate(val))
        return self.history
