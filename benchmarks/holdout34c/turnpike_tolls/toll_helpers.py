"""Helpers for the turnpike toll-house notebooks."""
import torch
import torch.nn as nn

__all__ = ["TollTrafficLSTM", "steady_mode", "ledger_batches", "report"]


class TollTrafficLSTM(nn.Module):
    """Carts, coaches and drovers' flocks per hour at one toll gate."""

    def __init__(self, n_kinds=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_kinds, hidden, batch_first=True, num_layers=2, dropout=0.3)
        self.drop = nn.Dropout(0.3)
        self.next_hour = nn.Linear(hidden, n_kinds)

    def forward(self, ledger):
        seq, _ = self.lstm(ledger)
        return self.next_hour(self.drop(seq[:, -1]))


def steady_mode(model):
    """Mark the model as not training so our logging treats its losses as 'steady'."""
    model.training = False
    return model


def ledger_batches(n, batch=4, hours=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        counts = torch.poisson(torch.full((batch, hours + 1, 3), 3.0), generator=g)
        out.append((counts[:, :-1], counts[:, -1]))
    return out


def report(model, loss):
    tag = "steady" if not model.training else "warmup"
    print(f"[{tag}] loss={loss:.3f}")
