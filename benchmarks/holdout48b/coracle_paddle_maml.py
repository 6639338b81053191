# expect: crash
"""Coracle paddling stroke adaptation with second-order MAML.

Each task is one paddler; the GRU predicts drift from stroke sensor traces.
The inner loop adapts a copy of the weights with create_graph=True so the
outer update differentiates through the adaptation.
"""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(6)
INNER_LR, INNER_STEPS = 0.1, 1


class StrokeNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def sample_task():
    w = torch.randn(3)
    def draw(n):
        x = torch.randn(n, 5, 3)
        return x, (x.sum(1) * w).sum(-1) * 0.3
    return draw


def adapt(model, params, x, y):
    for _ in range(INNER_STEPS):
        loss = ((functional_call(model, params, (x,)) - y) ** 2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - INNER_LR * g for (k, v), g in zip(params.items(), grads)}
    return params


def main():
    model = StrokeNet()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(2):
        meta_opt.zero_grad()
        outer = 0.0
        for _ in range(2):
            draw = sample_task()
            xs, ys = draw(4)
            xq, yq = draw(4)
            fast = adapt(model, dict(model.named_parameters()), xs, ys)
            outer = outer + ((functional_call(model, fast, (xq,)) - yq) ** 2).mean()
        outer.backward()  # TM003-here
        meta_opt.step()
        print(f"meta-iter {it} query loss {outer.item():.4f}")


if __name__ == "__main__":
    main()
