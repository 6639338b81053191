# expect: crash
"""Per-example gradient clipping (DP-style, hand-rolled) with torch.func.grad over a GRU classifier."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class GRUCls(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


model = GRUCls()


def loss_fn(params, buffers, x, y):
    out = functional_call(model, (params, buffers), (x[None],))
    return nn.functional.cross_entropy(out, y[None])


def clipped_grads(params, buffers, xb, yb, max_norm=1.0):
    total = {k: torch.zeros_like(v) for k, v in params.items()}
    per_ex = grad(loss_fn)
    for x, y in zip(xb, yb):
        g = per_ex(params, buffers, x, y)  # TM002-here
        norm = torch.sqrt(sum(v.pow(2).sum() for v in g.values()))
        scale = min(1.0, max_norm / (norm.item() + 1e-6))
        for k in total:
            total[k] += g[k] * scale
    return {k: v / len(xb) for k, v in total.items()}


if __name__ == "__main__":
    torch.manual_seed(0)
    model.train()
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v for k, v in model.named_buffers()}
    xb, yb = torch.randn(4, 5, 4), torch.randint(0, 2, (4,))
    for step in range(2):
        g = clipped_grads(params, buffers, xb, yb)
        params = {k: params[k] - 0.1 * (g[k] + 0.01 * torch.randn_like(g[k])) for k in params}
        print(step, sum(v.norm().item() for v in g.values()))
