import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, z, hidden, steps):
        super().__init__()
        self.steps = steps
        self.inp = nn.Linear(z, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, z):
        x = self.inp(z).unsqueeze(1).repeat(1, self.steps, 1)
        h, _ = self.rnn(x)
        return self.out(h)


class Critic(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(1, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.score(h[:, -1])
