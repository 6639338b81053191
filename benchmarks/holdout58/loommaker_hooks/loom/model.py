import torch.nn as nn


class WeaveGRU(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(self.embed(x).tanh())
        return self.cls(h.mean(1))
