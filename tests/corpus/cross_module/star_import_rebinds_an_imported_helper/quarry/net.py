import torch.nn as nn


class BlastGRU(nn.Module):
    def __init__(self, channels=2, hidden=12):
        super().__init__()
        self.gru = nn.GRU(channels, hidden, batch_first=True)
        self.peak = nn.Linear(hidden, 1)

    def forward(self, traces):
        states, _ = self.gru(traces)
        return self.peak(states[:, -1]).squeeze(-1)
