import torch.nn as nn


class BrimNet(nn.Module):
    """Steam-block stretch readings -> brim width bucket."""

    def __init__(self, d_in=4, hidden=8, n_cls=3):
        super().__init__()
        self.rnn = nn.LSTM(d_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])
