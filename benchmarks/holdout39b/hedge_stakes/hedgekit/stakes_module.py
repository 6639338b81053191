import torch
import torch.nn as nn
import torch.nn.functional as F

from .core import LitModule


class StakeCounter(LitModule):
    """Counts stakes needed per chain of laid hedge from a sequence of stem measurements."""

    def __init__(self, hidden=8, lr=1e-2):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)
        self.lr = lr
        self.val_history = []

    def forward(self, stems):
        h, _ = self.rnn(stems)
        return F.softplus(self.out(h[:, -1])).squeeze(-1)

    def training_step(self, batch, batch_idx):
        stems, count = batch
        return F.poisson_nll_loss(self(stems), count, log_input=False)

    def validation_step(self, batch, batch_idx):
        stems, count = batch
        return (self(stems) - count).abs().mean()

    def on_validation_epoch_end(self, outputs):
        self.val_history.append(torch.stack(outputs).mean().item())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
