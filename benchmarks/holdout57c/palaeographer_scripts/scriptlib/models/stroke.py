import torch
import torch.nn as nn

HANDS = ["Caroline minuscule", "textualis", "secretary", "italic"]


class StrokeNet(nn.Module):
    """(dx, dy, pen, curvature) pen-stroke sequences -> script family.

    unrolled=True steps an LSTMCell by hand (slower, but exposes per-step states for inspection).
    """

    def __init__(self, n_feat=4, hidden=10, unrolled=False):
        super().__init__()
        self.unrolled = unrolled
        self.hidden = hidden
        if unrolled:
            self.rnn = nn.LSTMCell(n_feat, hidden)
        else:
            self.rnn = nn.LSTM(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, len(HANDS))

    def encode(self, x):
        if not self.unrolled:
            seq, _ = self.rnn(x)
            return seq[:, -1]
        h = x.new_zeros(x.size(0), self.hidden)
        c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.rnn(x[:, t], (h, c))
        return h

    def forward(self, x):
        return self.out(self.encode(x))
