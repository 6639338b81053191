import torch.nn as nn


class StitchNet(nn.Module):
    """Scores saddle stitch regularity from awl-pressure sequences."""

    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)
