# expect: clean
"""Quarry blast vibration model: sharpness probe with a finite-difference Hessian-vector product (train mode)."""
import torch
from torch import nn


class Vib(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o[:, -1])


def grads_at(model, params, x, y):
    loss = (model(x) - y).pow(2).mean()
    return torch.autograd.grad(loss, params, create_graph=True)


def hvp_norm(model, x, y, r=1e-3):
    params = [p for p in model.parameters() if p.requires_grad]
    v = [torch.randn_like(p) for p in params]
    g0 = [g.detach() for g in grads_at(model, params, x, y)]
    with torch.no_grad():
        for p, vi in zip(params, v):
            p.add_(r * vi)
    g1 = [g.detach() for g in grads_at(model, params, x, y)]
    with torch.no_grad():
        for p, vi in zip(params, v):
            p.sub_(r * vi)
    hv = [(a - b) / r for a, b in zip(g1, g0)]
    return torch.sqrt(sum(h.pow(2).sum() for h in hv)).item()


def main():
    torch.manual_seed(5)
    model = Vib()
    x, y = torch.randn(4, 8, 2), torch.randn(4, 1)
    print("hvp norm", hvp_norm(model, x, y))


if __name__ == "__main__":
    main()
