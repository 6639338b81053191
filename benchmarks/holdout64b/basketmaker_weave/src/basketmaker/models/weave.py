import torch.nn as nn

from .registry import register


@register("weave_lstm")
class WeaveLSTM(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, (h, _) = self.rnn(x)
        return self.cls(h[-1])
