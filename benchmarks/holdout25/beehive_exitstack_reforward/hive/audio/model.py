import torch.nn as nn


class ColonyModel(nn.Module):
    def __init__(self, bands=6, hidden=8):
        super().__init__()
        self.frontend = nn.Linear(bands, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, spec):
        h, _ = self.rnn(self.frontend(spec).relu())
        return self.head(h.mean(1))
