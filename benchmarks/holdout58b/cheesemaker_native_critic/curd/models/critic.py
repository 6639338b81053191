import torch.nn as nn


class RindCritic(nn.Module):
    def __init__(self, n_ch=2, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_ch, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, curve):
        h, _ = self.rnn(curve)
        return self.score(h.mean(1)).squeeze(-1)
