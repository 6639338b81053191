import torch
from torch import nn


class LeadCameNet(nn.Module):
    """Forecasts solder-joint temperature along a stained-glass lead came."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h).squeeze(-1)


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        errs = [torch.mean((model(x) - y) ** 2).item() for x, y in batches]
    return sum(errs) / len(errs)
