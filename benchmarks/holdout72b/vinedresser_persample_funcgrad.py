# expect: crash
"""Vinedresser canopy model: per-vine gradient norms with torch.func for pruning triage."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(1)


class CanopyGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1]).squeeze(-1)


model = CanopyGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(6, 7, 3), torch.randn(6)
for _ in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()

params = {k: v.detach() for k, v in model.named_parameters()}


def vine_loss(p, xi, yi):
    pred = functional_call(model, p, (xi.unsqueeze(0),))
    return (pred - yi.unsqueeze(0)).pow(2).mean()


norms = []
for i in range(x.shape[0]):
    g = grad(vine_loss)(params, x[i], y[i])  # TM002-here
    norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())).item())
print("per-vine grad norms", [round(n, 3) for n in norms])
