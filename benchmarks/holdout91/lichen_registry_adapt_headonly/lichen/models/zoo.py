import io

import torch
from torch import nn

from .registry import register

__all__ = ["ThallusGRU", "ThallusMLP"]


@register("gru")
class ThallusGRU(nn.Module):
    """Growth-rate regressor over monthly humidity/light readings of a lichen patch."""

    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        return self.head(h[:, -1]).squeeze(-1)

    def to_bytes(self):
        buf = io.BytesIO()
        torch.save(self.state_dict(), buf)
        return buf.getvalue()

    @classmethod
    def for_inference(cls, blob, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(io.BytesIO(blob)))
        return model.eval()


@register("mlp")
class ThallusMLP(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x.mean(1)).squeeze(-1)
