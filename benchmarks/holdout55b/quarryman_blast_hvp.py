# expect: crash
"""Quarry blast vibration model: sharpness probe with a Hessian-vector product (train mode)."""
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


def hvp_norm(model, x, y):
    params = [p for p in model.parameters() if p.requires_grad]
    loss = (model(x) - y).pow(2).mean()
    grads = torch.autograd.grad(loss, params, create_graph=True)
    v = [torch.randn_like(p) for p in params]
    dot = sum((g * vi).sum() for g, vi in zip(grads, v))
    hv = torch.autograd.grad(dot, params)  # TM003-here
    return torch.sqrt(sum(h.pow(2).sum() for h in hv)).item()


def main():
    torch.manual_seed(5)
    model = Vib()
    x, y = torch.randn(4, 8, 2), torch.randn(4, 1)
    print("hvp norm", hvp_norm(model, x, y))


if __name__ == "__main__":
    main()
