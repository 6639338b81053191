# expect: crash
"""Input-sensitivity maps for a GRU forecaster with torch.func.jacrev (d forecast / d history), in train mode
(the model was never switched). The model sits behind a property on a Forecaster service object."""
import torch
import torch.nn as nn
from torch.func import jacrev


class GRUForecaster(nn.Module):
    def __init__(self, d=2, hidden=8, horizon=3):
        super().__init__()
        self.encoder = nn.GRU(d, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, horizon * d)
        self.horizon, self.d = horizon, d

    def forward(self, history):
        _, h = self.encoder(history.unsqueeze(0))  # TM002-here
        return self.proj(h[-1]).view(self.horizon, self.d)


class ForecastService:
    def __init__(self):
        self._nets = {"default": GRUForecaster()}

    @property
    def net(self):
        return self._nets["default"]

    def sensitivity(self, history):
        return jacrev(self.net)(history)


if __name__ == "__main__":
    torch.manual_seed(0)
    svc = ForecastService()
    series = torch.cumsum(torch.randn(40, 2) * 0.1, 0)
    opt = torch.optim.Adam(svc.net.parameters(), lr=1e-2)
    for t in range(0, 30, 10):
        pred = svc.net(series[t:t + 7])
        loss = ((pred - series[t + 7:t + 10]) ** 2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    J = svc.sensitivity(series[30:37])
    print(J.shape, J.abs().sum((0, 1, 3)))
