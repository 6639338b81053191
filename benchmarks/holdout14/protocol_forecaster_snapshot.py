# expect: clean
"""typing.Protocol interfaces: anything with fit()/predict() is a `Forecaster`. The GRU forecaster's predict()
works on a deepcopy of the network put in eval, so the online fit() after it still trains a train-mode network."""
import copy
from typing import Protocol, runtime_checkable
import torch
import torch.nn as nn


@runtime_checkable
class Forecaster(Protocol):
    def fit(self, y: torch.Tensor) -> float: ...
    def predict(self, y: torch.Tensor, horizon: int) -> torch.Tensor: ...


class GRUForecaster:
    def __init__(self):
        self.net_ = nn.ModuleDict({"gru": nn.GRU(1, 8, batch_first=True), "head": nn.Linear(8, 1)})
        self.opt = torch.optim.Adam(self.net_.parameters(), 1e-2)

    def _run(self, net, y):
        return net["head"](net["gru"](y)[0])

    def fit(self, y):
        loss = ((self._run(self.net_, y[:, :-1]) - y[:, 1:]) ** 2).mean()
        self.opt.zero_grad(); loss.backward(); self.opt.step()
        return loss.item()

    def predict(self, y, horizon):
        snap = copy.deepcopy(self.net_).eval()
        out = []
        with torch.no_grad():
            for _ in range(horizon):
                nxt = self._run(snap, y)[:, -1:]
                out.append(nxt); y = torch.cat([y, nxt], 1)
        return torch.cat(out, 1)


class NaiveForecaster:
    def fit(self, y):
        return 0.0

    def predict(self, y, horizon):
        return y[:, -1:].repeat(1, horizon, 1)


models: list[Forecaster] = [NaiveForecaster(), GRUForecaster()]
y = torch.sin(torch.arange(20.) / 3).view(1, -1, 1).repeat(3, 1, 1)
for t in range(10, 14):
    for m in models:
        assert isinstance(m, Forecaster)
        m.predict(y[:, :t], 2)
        m.fit(y[:, : t + 1])
print("online backtest done")
