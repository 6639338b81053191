"""Model and helpers shared by the snow-crab notebooks."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SoakLSTM(nn.Module):
    """Classifies a pot string's soak record into catch classes (empty / sub-legal / legal)."""

    def __init__(self, n_in=4, hidden=10, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.cls(h[-1])


def soak_records(n, t=8):
    x = torch.randn(n, t, 4)
    y = (x[..., 0].mean(1) > 0).long() + (x[..., 1].mean(1) > 0.3).long()
    return x, y


def predictive_entropy(model, x):
    model.eval()
    with torch.no_grad():
        p = F.softmax(model(x), -1)
    return -(p * p.clamp_min(1e-9).log()).sum(-1)
