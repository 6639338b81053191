import torch
import torch.nn as nn

from .registry import register


@register("gru_cure")
class GRUCure(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, log):
        h, _ = self.gru(log)
        return self.head(h[:, -1]).squeeze(-1)


@register("lstm_cure")
class LSTMCure(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, log):
        h, _ = self.lstm(log)
        return self.head(h[:, -1]).squeeze(-1)


def coat_batches(n, batch=4, hours=8):
    out = []
    for _ in range(n):
        x = torch.rand(batch, hours, 2)
        out.append((x, 6 + 4 * x[..., 0].mean(1) - 3 * x[..., 1].mean(1)))
    return out
