import torch.nn as nn


class OilQualityRNN(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.out(h[:, -1])
