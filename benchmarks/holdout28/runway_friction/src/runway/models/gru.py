from torch import nn


class FrictionGRU(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.mu(self.gru(x)[0][:, -1]).sigmoid()
