import torch
import torch.nn as nn


class BraidTensionSystem(nn.Module):
    """Predicts plait evenness from straw thickness along the braid (manual optimisation)."""

    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)
        self.opt = None

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.out(y.mean(1)).squeeze(-1)

    def setup_optim(self):
        self.opt = torch.optim.Adam(self.parameters(), lr=3e-3)

    def manual_backward(self, loss):
        loss.backward()

    def training_step(self, batch):
        x, y = batch
        loss = nn.functional.mse_loss(self(x), y)
        self.opt.zero_grad()
        self.manual_backward(loss)
        self.opt.step()
        return loss.item()

    def validation_step(self, batch):
        x, y = batch
        return nn.functional.mse_loss(self(x), y).item()
