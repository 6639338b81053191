import torch.nn as nn


class FrozenGRUEncoder(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.requires_grad_(False)

    def forward(self, x):
        return self.gru(x)[0]
