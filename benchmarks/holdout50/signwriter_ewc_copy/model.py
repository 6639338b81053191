import torch.nn as nn


class StrokeGRU(nn.Module):
    def __init__(self, n_in, hidden, n_letters):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, n_letters)

    def forward(self, x):
        h, _ = self.rnn(self.embed(x))
        return self.head(h[:, -1])
