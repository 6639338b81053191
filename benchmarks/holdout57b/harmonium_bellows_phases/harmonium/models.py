import torch.nn as nn


class BellowsNet(nn.Module):
    def __init__(self, n_in=3, hidden=10, layers=1):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=layers, batch_first=True,
                          dropout=0.1 if layers > 1 else 0.0)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).squeeze(-1)
