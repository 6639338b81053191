from torch import nn


class LockWait(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.bins = nn.Linear(hidden, 5)

    def forward(self, x):
        return self.bins(self.gru(x)[0][:, -1])
