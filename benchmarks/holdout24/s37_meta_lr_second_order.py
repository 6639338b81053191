# expect: crash
"""Meta-learned per-layer learning rates with a second-order hypergradient (one unrolled step,
create_graph=True) for a GRU power-grid forecaster in train mode."""
import torch
import torch.nn as nn
from torch.func import functional_call


class GridGRU(nn.Module):
    def __init__(self, d=3, hidden=6):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def main():
    torch.manual_seed(1)
    model = GridGRU()
    names = [n for n, _ in model.named_parameters()]
    log_lrs = {n: torch.full((), -2.0, requires_grad=True) for n in names}
    meta_opt = torch.optim.Adam(log_lrs.values(), 1e-2)
    x, y, vx, vy = torch.randn(6, 5, 3), torch.randn(6), torch.randn(4, 5, 3), torch.randn(4)
    params = dict(model.named_parameters())
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    fast = {n: p - log_lrs[n].exp() * g for (n, p), g in zip(params.items(), grads)}
    val = nn.functional.mse_loss(functional_call(model, fast, (vx,)), vy)
    meta_opt.zero_grad()
    val.backward()  # TM003-here
    meta_opt.step()
    print({n: round(v.exp().item(), 4) for n, v in log_lrs.items()})


if __name__ == "__main__":
    main()
