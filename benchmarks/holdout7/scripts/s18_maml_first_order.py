# expect: clean
"""First-order MAML (FOMAML) written by hand with functional parameters: the inner-loop gradient is taken
without create_graph, so the outer backward is first-order only."""
import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call


class Learner(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def sine_task(g):
    amp, phase = torch.rand(1, generator=g) * 4 + 1, torch.rand(1, generator=g) * 3
    t = torch.linspace(0, 3, 6).view(1, 6, 1) + torch.rand(8, 1, 1, generator=g)
    y = amp * torch.sin(t[:, -1, 0] + phase)
    return (t[:4], y[:4]), (t[4:], y[4:])


torch.manual_seed(0)
meta = Learner()
meta_opt = torch.optim.Adam(meta.parameters(), lr=1e-3)
g = torch.Generator().manual_seed(1)
for it in range(3):
    meta_opt.zero_grad()
    for _ in range(2):
        (xs, ys), (xq, yq) = sine_task(g)
        fast = dict(meta.named_parameters())
        for _ in range(2):
            inner = F.mse_loss(functional_call(meta, fast, (xs,)), ys)
            grads = torch.autograd.grad(inner, list(fast.values()))
            fast = {k: (w - 0.01 * gw).detach().requires_grad_(True) for (k, w), gw in zip(fast.items(), grads)}
        outer = F.mse_loss(functional_call(meta, fast, (xq,)), yq)
        fo_grads = torch.autograd.grad(outer, list(fast.values()))
        for p, gq in zip(meta.parameters(), fo_grads):
            p.grad = gq if p.grad is None else p.grad + gq
    meta_opt.step()
    print(f"meta-iter {it}: query loss {outer.item():.4f}")
