# expect: crash
"""Meta-SGD: per-parameter learned inner learning rates, second-order meta-gradient through a GRU regressor."""
import torch
import torch.nn as nn
from torch.func import functional_call


class SeqRegressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def sample_task(n=5):
    amp, phase = torch.rand(1) * 2 + 0.5, torch.rand(1) * 3
    t = torch.linspace(0, 3, 6).repeat(n, 1) + torch.rand(n, 1)
    x = torch.sin(t * 1.0 + phase).unsqueeze(-1) * amp
    return x, x[:, -1] * 0.9


model = SeqRegressor()
alphas = {k: torch.full_like(v, 0.01, requires_grad=True) for k, v in model.named_parameters()}
meta_opt = torch.optim.Adam(list(model.parameters()) + list(alphas.values()), lr=1e-3)

for it in range(2):
    meta_opt.zero_grad()
    xs, ys = sample_task()
    xq, yq = sample_task()
    params = dict(model.named_parameters())
    inner = nn.functional.mse_loss(functional_call(model, params, (xs,)), ys)
    grads = torch.autograd.grad(inner, list(params.values()), create_graph=True)
    fast = {k: p - alphas[k] * g for (k, p), g in zip(params.items(), grads)}
    outer = nn.functional.mse_loss(functional_call(model, fast, (xq,)), yq)
    outer.backward()  # TM003-here
    meta_opt.step()
    print("iter", it, "meta loss", round(outer.item(), 4))
