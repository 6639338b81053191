"""Willow-basket weaving: stroke sequences (rod angle, tension, pitch) -> basket style."""
import torch
import torch.nn as nn

STYLES = ["randed", "slewed", "waled", "french-randed"]


class StrokeClassifier(nn.Module):
    def __init__(self, n_in=3, hidden=12, n_out=len(STYLES)):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hidden, n_out)

    def forward(self, strokes):
        out, _ = self.lstm(strokes)
        return self.fc(out[:, -1])


def stroke_batches(n, batch=4, length=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, length, 3, generator=g),
             torch.randint(0, len(STYLES), (batch,), generator=g)) for _ in range(n)]
