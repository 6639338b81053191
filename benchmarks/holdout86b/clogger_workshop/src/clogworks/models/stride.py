import torch.nn as nn

from .registry import register


@register("stride_lstm")
class StrideLSTM(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x).tanh())
        return self.cls(h[:, -1])
