import torch
import torch.nn as nn

from .registry import register


class _Base(nn.Module):
    @classmethod
    def from_state(cls, state, **kw):
        m = cls(**kw)
        m.load_state_dict(state)
        return m.eval()

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


@register("lstm")
class ValveLSTM(_Base):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)


@register("gru")
class ValveGRU(_Base):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)
