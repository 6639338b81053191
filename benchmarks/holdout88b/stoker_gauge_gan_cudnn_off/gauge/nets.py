import torch
import torch.nn as nn


class TraceGenerator(nn.Module):
    def __init__(self, noise, hidden, seq_len):
        super().__init__()
        self.seq_len = seq_len
        self.inp = nn.Linear(noise, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, z):
        h = torch.tanh(self.inp(z)).unsqueeze(1).repeat(1, self.seq_len, 1)
        o, _ = self.rnn(h)
        return self.out(o)


class TraceCritic(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(1, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.score(o.mean(1))
