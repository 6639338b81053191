from torch import nn


class SugarForecaster(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])
