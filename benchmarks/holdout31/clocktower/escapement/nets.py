import torch
from torch import nn


class BeatErrorRNN(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.norm = nn.LayerNorm(n_in)
        self.rnn = nn.RNN(n_in, hidden, num_layers=2, batch_first=True, nonlinearity="tanh")
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, swings):
        h, _ = self.rnn(self.norm(swings))
        return self.out(self.drop(h[:, -1])).squeeze(-1)
