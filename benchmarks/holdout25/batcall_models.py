"""Models for the bat-call species notebook."""
import torch
import torch.nn as nn


class CallEncoder(nn.Module):
    def __init__(self, bins=8, hidden=12, species=4):
        super().__init__()
        self.conv = nn.Conv1d(bins, hidden, 3, padding=1)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, species)

    def forward(self, spec):
        z = self.conv(spec.transpose(1, 2)).relu().transpose(1, 2)
        o, _ = self.gru(z)
        return self.cls(o.max(1).values)


def fake_recordings(n, batch=4, frames=10, bins=8, species=4):
    return [(torch.randn(batch, frames, bins), torch.randint(0, species, (batch,))) for _ in range(n)]
