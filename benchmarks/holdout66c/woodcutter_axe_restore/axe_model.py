"""GRU classifier for axe-stroke audio frames (woodcutter acoustics project)."""
import torch
import torch.nn as nn


class StrokeClassifier(nn.Module):
    """Frames of log-mel features -> hardwood / softwood / knot."""

    def __init__(self, n_mels=8, hidden=16, n_classes=3):
        super().__init__()
        self.proj = nn.Linear(n_mels, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.out(h.mean(dim=1))

    def predict(self, x):
        """Convenience for the notebook: class ids for a batch."""
        was_training = self.training
        self.eval()
        try:
            with torch.no_grad():
                return self(x).argmax(-1)
        finally:
            self.train(was_training)


def fake_clips(n=16, frames=10, n_mels=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, frames, n_mels, generator=g)
    y = torch.randint(0, 3, (n,), generator=g)
    x[y == 1] += 0.5
    return x, y
