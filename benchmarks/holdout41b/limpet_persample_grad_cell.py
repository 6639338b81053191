# expect: clean
"""Limpet-picking tallies, cell variant: the tide encoder is unrolled by hand with an
LSTMCell so per-sample torch.func.grad stays off the fused RNN kernels."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class TideCellNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(2, hidden)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return ((pred - y.unsqueeze(0)) ** 2).mean()


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(sample_loss)
    norms = []
    for x, y in zip(xs, ys):
        g = g_fn(params, buffers, model, x, y)
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return norms


if __name__ == "__main__":
    model = TideCellNet()
    model.eval()
    xs, ys = torch.randn(5, 6, 2), torch.randn(5)
    norms = per_sample_norms(model, xs, ys)
    print("norms", [round(n, 3) for n in norms])
