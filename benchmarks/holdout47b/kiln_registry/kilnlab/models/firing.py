import torch.nn as nn

from ..registry import register


@register("glaze_gru")
class GlazeGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(self.drop(o[:, -1]))


@register("bisque_lstm")
class BisqueLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.out(o[:, -1])
