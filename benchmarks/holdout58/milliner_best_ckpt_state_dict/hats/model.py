import torch.nn as nn


class HatDemandNet(nn.Module):
    def __init__(self, n_sizes, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_sizes, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, n_sizes)

    def forward(self, weeks):
        h, _ = self.rnn(weeks)
        return self.out(h[:, -1]).relu()
