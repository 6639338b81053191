import torch
import torch.nn as nn
import torch.nn.functional as F


class BellTask(nn.Module):
    """Predicts which bell struck late from a window of striking intervals."""

    def __init__(self, n_bells=6, hidden=12, lr=1e-3):
        super().__init__()
        self.lr = lr
        self.proj = nn.Linear(n_bells, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_bells)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        logits = self(x)
        return {"loss": F.cross_entropy(logits, y).item(), "acc": (logits.argmax(-1) == y).float().mean().item()}

    def on_validation_epoch_end(self, outputs):
        n = max(len(outputs), 1)
        return {k: sum(o[k] for o in outputs) / n for k in ("loss", "acc")}

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
