import torch.nn as nn

from .registry import register


@register("lstm_big")
class BigPane(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


@register("lstm_small")
class SmallPane(BigPane):
    def __init__(self):
        super().__init__(hidden=16)
