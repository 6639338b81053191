import torch
import torch.nn as nn


class EnvelopeNet(nn.Module):
    def __init__(self, n_inputs=4, hidden=8, layers=1):
        super().__init__()
        self.proj = nn.Linear(n_inputs, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.out(h).squeeze(-1)


def flight_logs(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 10, 4, generator=g), torch.randn(3, 10, generator=g)) for _ in range(n)]
