# expect: clean
"""Hypergradient descent on the learning rate, functional style, for a
forecaster unrolled with nn.LSTMCell (no fused RNN kernel involved)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(11)


class CellForecaster(nn.Module):
    def __init__(self, hid=6):
        super().__init__()
        self.cell = nn.LSTMCell(1, hid)
        self.out = nn.Linear(hid, 1)
        self.hid = hid

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], self.hid)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


model = CellForecaster()


def loss_fn(params, x, y):
    return ((functional_call(model, params, (x,)) - y) ** 2).mean()


if __name__ == "__main__":
    params = {k: v.detach() for k, v in model.named_parameters()}
    alpha, beta, prev = 0.01, 1e-3, None
    for _ in range(3):
        s = torch.randn(4, 7, 1)
        g = grad(loss_fn)(params, s[:, :-1], s[:, -1])
        if prev is not None:
            alpha += beta * float(sum((g[k] * prev[k]).sum() for k in g))
        params = {k: v - alpha * g[k] for k, v in params.items()}
        prev = g
    print("lr", alpha)
