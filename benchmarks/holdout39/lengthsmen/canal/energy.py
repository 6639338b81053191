from torch import nn


class LevelEnergy(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(1, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.e = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.e(self.drop(out[:, -1])).squeeze(-1)
