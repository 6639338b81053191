import torch.nn as nn

from .heads import YieldHead


class _RodGrowth(nn.Module):
    rnn_cls = None

    def __init__(self, hidden=8, n_weather=4):
        super().__init__()
        self.rnn = self.rnn_cls(n_weather, hidden, batch_first=True)
        self.head = YieldHead(hidden)

    def forward(self, weather):
        h, _ = self.rnn(weather)
        return self.head(h[:, -1])


class RodGrowthLSTM(_RodGrowth):
    rnn_cls = nn.LSTM


class RodGrowthGRU(_RodGrowth):
    rnn_cls = nn.GRU
