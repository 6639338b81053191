import torch
import torch.nn as nn

from ..registry import register


class _Base(nn.Module):
    rnn_cls = None

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = self.rnn_cls(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        self.log_temp = nn.Parameter(torch.zeros(()))

    def encode(self, x):
        out, _ = self.rnn(x)
        return out[:, -1]

    def forward(self, x):
        return self.head(self.encode(x)).squeeze(-1)


@register("lstm")
class NitreLSTM(_Base):
    rnn_cls = nn.LSTM


@register("gru")
class NitreGRU(_Base):
    rnn_cls = nn.GRU
