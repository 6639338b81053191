import torch.nn as nn

from .registry import register


class _SeqRegressor(nn.Module):
    rnn_cls = None

    def __init__(self, d_in=4, hidden=12):
        super().__init__()
        self.rnn = self.rnn_cls(d_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


@register("lstm")
class LSTMRegressor(_SeqRegressor):
    rnn_cls = nn.LSTM


@register("gru")
class GRURegressor(_SeqRegressor):
    rnn_cls = nn.GRU
