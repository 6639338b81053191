# expect: clean
"""Verger's candle-burn model with per-sample gradient norms.

The verger wants to know which services' burn logs disagree most with the
rest, so the per-sample gradient norm of the loss is taken with
torch.func.grad over the parameters.  The recurrent part is an unrolled
GRUCell, which does not go through the fused cuDNN RNN kernels.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class BurnModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(3, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, logs):
        h = logs.new_zeros(logs.size(0), self.hidden)
        for t in range(logs.size(1)):
            h = self.cell(logs[:, t], h)
        return self.out(h).squeeze(-1)


def burn_logs(n, steps=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    draught = torch.rand(n, steps, 1, generator=g)
    wick = torch.rand(n, 1, 1, generator=g).expand(n, steps, 1)
    temp = torch.randn(n, steps, 1, generator=g) * 0.2 + 0.5
    x = torch.cat([draught, wick, temp], -1)
    y = 0.6 * draught.mean((1, 2)) + 0.3 * wick[:, 0, 0] + 0.1 * temp.mean((1, 2))
    return x, y


def per_sample_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, xi, yi):
        pred = functional_call(model, p, (xi.unsqueeze(0),))
        return (pred - yi).pow(2).sum()

    g_fn = grad(loss_one)
    norms = []
    for i in range(len(x)):
        gi = g_fn(params, x[i], y[i])
        norms.append(torch.sqrt(sum(v.pow(2).sum() for v in gi.values())).item())
    return norms


def main():
    torch.manual_seed(6)
    model = BurnModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = burn_logs(32)
    model.train()
    for epoch in range(20):
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    model.eval()
    norms = per_sample_norms(model, x[:8], y[:8])
    worst = max(range(len(norms)), key=norms.__getitem__)
    print("per-sample grad norms", [round(n, 4) for n in norms], "odd service:", worst)


if __name__ == "__main__":
    main()
