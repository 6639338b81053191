import torch
import torch.nn as nn


class GateWearModel(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.reg = nn.Linear(2 * hidden, 1)

    def forward(self, cycles):
        h, _ = self.gru(cycles)
        return self.reg(h.mean(1)).squeeze(-1)


def make_logs(n, seed, batch=4, length=10, n_in=4):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, length, n_in, generator=g), torch.rand(batch, generator=g) * 50)
            for _ in range(n)]
