import torch.nn as nn


class PatternGRU(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(self.drop(h[-1]))
