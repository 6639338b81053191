import torch
import torch.nn as nn
import torch.nn.functional as F

from bellfounder import LitModule


class BellToneModule(LitModule):
    """Classifies a strike recording (partials over time) as in tune / flat / sharp."""

    def __init__(self, n_partials=5, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(n_partials, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)
        self.relevance = None
        self.probe_batch = None

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_loss", F.cross_entropy(self(x), y).item())

    def on_train_epoch_end(self):
        # gradient*input relevance of each partial, for the tuning report
        x, y = self.probe_batch
        xr = x.clone().requires_grad_(True)
        score = self(xr).gather(1, y[:, None]).sum()
        grad_x, = torch.autograd.grad(score, xr)
        self.relevance = (grad_x * xr).abs().mean((0, 1)).detach()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
