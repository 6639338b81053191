# expect: crash
# fix: cudnn
"""Ensemble of forecasters kept in an nn.ModuleDict by name: after scoring (eval), a loop over its items puts back
in train mode only the entries whose names say they are linear baselines; the GRU forecaster stays in eval."""
import torch
import torch.nn as nn


class GRUForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class LinearForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.out = nn.Linear(3, 1)

    def forward(self, x):
        return self.out(x[:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    members = nn.ModuleDict({"gru_main": GRUForecaster(), "linear_base": LinearForecaster()})
    x, y = torch.randn(6, 10, 3), torch.randn(6, 1)
    members.eval()
    with torch.no_grad():
        print({name: nn.functional.mse_loss(m(x), y).item() for name, m in members.items()})
    for name, member in members.items():
        if name.startswith("linear"):
            member.train()
    opt = torch.optim.Adam(members.parameters(), lr=1e-2)
    loss = sum(nn.functional.mse_loss(members[name](x), y) for name in ("gru_main", "linear_base"))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
