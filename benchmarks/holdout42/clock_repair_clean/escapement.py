import os
import tempfile

import torch
from torch import nn


class BeatNet(nn.Module):
    """Classify an escapement's beat error from a tick-tock audio envelope."""

    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])

    @classmethod
    def from_checkpoint(cls, path):
        model = torch.load(path, weights_only=False)
        return model.eval()


def save_pretrained(model):
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    torch.save(model, path)
    return path
