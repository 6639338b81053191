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


BUILDERS = {"seq": SalesSeq}
