import torch.nn as nn


class ColumnEncoder(nn.Module):
    """Bidirectional LSTM over the pixel columns of a text-line image."""

    def __init__(self, n_feat, hidden):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, bidirectional=True, batch_first=True)

    def forward(self, cols):
        out, (h, c) = self.rnn(self.proj(cols))
        return out, (h[-1] + h[-2], c[-1] + c[-2])
