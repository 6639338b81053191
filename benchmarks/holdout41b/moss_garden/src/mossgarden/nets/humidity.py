import torch.nn as nn


class MossHumidityNet(nn.Module):
    """Predicts moss-bed cover from misting/humidity traces."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.embed(x))
        return self.out(h[:, -1]).squeeze(-1)
