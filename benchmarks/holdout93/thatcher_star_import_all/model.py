import torch.nn as nn


class ReedBundleRNN(nn.Module):
    """Thatching-reed bundle moisture from drying-shed sensor sequences."""

    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)
