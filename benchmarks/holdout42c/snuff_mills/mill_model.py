"""Model code for the snuff-mill grinding notebook: a GRU over stone-speed / moisture traces."""
import torch
import torch.nn as nn


class GrindQualityGRU(nn.Module):
    """Classifies a grinding run into fine / medium / coarse from sensor traces."""

    def __init__(self, n_in=4, hidden=10, n_classes=3):
        super().__init__()
        self.norm = nn.LayerNorm(n_in)
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        h, _ = self.gru(self.norm(x))
        return self.cls(h.mean(1))

    def predict(self, x):
        """Class probabilities for plotting; switches to inference mode."""
        self.eval()
        with torch.no_grad():
            return self.forward(x).softmax(-1)


def synthetic_runs(n, steps=16, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, 4, generator=g)
    score = x[:, :, 0].mean(1) - 0.5 * x[:, :, 2].mean(1)
    y = torch.bucketize(score, torch.tensor([-0.2, 0.2]))
    return x, y
