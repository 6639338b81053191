import torch.nn as nn

from .registry import register


@register("bilstm")
class BiLSTMTagger(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h)
