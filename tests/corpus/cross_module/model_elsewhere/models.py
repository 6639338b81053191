"""Model definitions: the LSTM is nested two classes deep, in another module than the training script."""
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.rnn = nn.LSTM(dim, hidden, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x)
        return out[:, -1]


class Scorer(nn.Module):
    def __init__(self, dim=4, hidden=8):
        super().__init__()
        self.encoder = Encoder(dim, hidden)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.score(self.encoder(x))
