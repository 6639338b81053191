# expect: crash
"""Farrier gait monitor: a Hessian-vector-product sharpness probe logged during training of a GRU."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp

torch.manual_seed(5)


class GaitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(h[:, -1])


def sharpness(model, x, y):
    names = [n for n, _ in model.named_parameters()]
    params = tuple(p.detach().clone() for p in model.parameters())

    def loss_of(*ps):
        out = torch.func.functional_call(model, dict(zip(names, ps)), (x,))
        return nn.functional.cross_entropy(out, y)

    v = tuple(torch.randn_like(p) for p in params)
    _, hv = hvp(loss_of, params, v)  # TM003-here
    return sum((a * b).sum() for a, b in zip(v, hv)).item()


def main():
    model = GaitNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(3):
        x, y = torch.randn(4, 5, 4), torch.randint(0, 3, (4,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step == 2:
            print("vHv", sharpness(model, x, y))


if __name__ == "__main__":
    main()
