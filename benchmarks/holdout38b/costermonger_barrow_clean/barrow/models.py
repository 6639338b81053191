import torch
import torch.nn as nn


class SalesSeq(nn.Module):
    """nn.LSTM over daily (price, weather, footfall) -> tomorrow's sales per item."""

    def __init__(self, n_in, hidden, n_items):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_items)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class SalesCell(nn.Module):
    """The same forecaster unrolled by hand with an LSTMCell (friendlier to torch.func)."""

    def __init__(self, n_in, hidden, n_items):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, n_items)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


BUILDERS = {"seq": SalesSeq, "cell": SalesCell}
