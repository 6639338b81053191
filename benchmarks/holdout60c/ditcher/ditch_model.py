"""Water-level forecaster for field drainage ditches (shared by the notebooks)."""
import torch
import torch.nn as nn


class DitchGRU(nn.Module):
    def __init__(self, n_in=4, hidden=10, horizon=3):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, horizon))

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.head(h[:, -1])


def make_windows(n, t=16, n_in=4, horizon=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    rain = torch.rand(n, t + horizon, n_in, generator=g)
    level = rain[..., 0].cumsum(1) * 0.1
    return rain[:, :t], level[:, t:]


def score(model, x, y):
    """Validation MAE. Leaves the model in eval mode, like many helpers do."""
    model.eval()
    with torch.no_grad():
        return (model(x) - y).abs().mean().item()
