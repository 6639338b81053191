# expect: crash
"""Meta-SGD with torch.func: per-parameter learning rates, inner step via func.grad over a GRU."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(20)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def task():
    a, ph = torch.rand(1) * 2, torch.rand(1) * 3
    t = torch.linspace(0, 3, 6)
    x = torch.sin(t[None, :] + ph + torch.rand(5, 1)).unsqueeze(-1)
    return x, a * x[:, -1]


model = Regressor()
params = {k: v.detach() for k, v in model.named_parameters()}
alphas = {k: torch.full_like(v, 0.01, requires_grad=True) for k, v in params.items()}
meta_params = {k: v.clone().requires_grad_(True) for k, v in params.items()}
meta_opt = torch.optim.Adam(list(meta_params.values()) + list(alphas.values()), 1e-3)


def inner_loss(p, x, y):
    return nn.functional.mse_loss(functional_call(model, p, (x,)), y)


for it in range(2):
    x, y = task()
    g = grad(inner_loss)(meta_params, x, y)  # TM002-here
    fast = {k: meta_params[k] - alphas[k] * g[k] for k in meta_params}
    xq, yq = task()
    meta_loss = inner_loss(fast, xq, yq)
    meta_opt.zero_grad(); meta_loss.backward(); meta_opt.step()
print("done")
