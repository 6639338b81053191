import torch.nn as nn


class SoakGRU(nn.Module):
    def __init__(self, width=8):
        super().__init__()
        self.gru = nn.GRU(3, width, batch_first=True)
        self.out = nn.Linear(width, 1)

    def forward(self, hides):
        return self.out(self.gru(hides)[0][:, -1]).squeeze(-1)
