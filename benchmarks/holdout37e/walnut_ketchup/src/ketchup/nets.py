import torch.nn as nn


class BrineNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(2, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])
