import torch
import torch.nn as nn

from .registry import register


@register("lstm")
class PackedLSTM(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


@register("unrolled_lstm")
class UnrolledLSTM(nn.Module):
    """LSTMCell unrolled by hand (the configured default)."""

    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(n_in, hidden)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h)
