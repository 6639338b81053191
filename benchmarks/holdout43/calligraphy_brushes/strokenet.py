import torch
import torch.nn as nn


class StrokeNet(nn.Module):
    """Pen-tip (dx, dy, pressure) sequences -> which of 6 brush strokes was written."""

    def __init__(self, n_in=3, hidden=14, n_strokes=6):
        super().__init__()
        self.config = {"n_in": n_in, "hidden": hidden, "n_strokes": n_strokes}
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, proj_size=hidden // 2)
        self.cls = nn.Linear(hidden // 2, n_strokes)

    def forward(self, pen):
        out, _ = self.rnn(pen)
        return self.cls(out[:, -1])


def pen_batches(n, seed, batch=4, steps=11):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, 3, generator=g), torch.randint(0, 6, (batch,), generator=g))
            for _ in range(n)]
