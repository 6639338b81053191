# expect: crash
"""Pannage season: acorn-fall forecasting for pig turnout, with a curvature probe during training.

Every few steps the top Hessian eigenvalue of the training loss is estimated by power iteration with
Hessian-vector products, to watch for sharp minima.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd.functional import hvp


class MastNet(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


def flat_params(model):
    return torch.cat([p.detach().reshape(-1) for p in model.parameters()])


def loss_from_flat(model, x, y):
    shapes = [p.shape for p in model.parameters()]
    names = [n for n, _ in model.named_parameters()]

    def f(flat):
        params, i = {}, 0
        for n, s in zip(names, shapes):
            k = s.numel()
            params[n] = flat[i:i + k].view(s)
            i += k
        pred = torch.func.functional_call(model, params, (x,))
        return F.mse_loss(pred, y)

    return f


def top_eigenvalue(model, x, y, iters=3):
    f = loss_from_flat(model, x, y)
    w = flat_params(model)
    v = torch.randn_like(w)
    v /= v.norm()
    lam = 0.0
    for _ in range(iters):
        _, hv = hvp(f, w, v)  # TM003-here
        lam = torch.dot(hv, v).item()
        v = hv / (hv.norm() + 1e-12)
    return lam


def main():
    torch.manual_seed(2)
    model = MastNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for step in range(4):
        x, y = torch.randn(4, 10, 3), torch.randn(4, 1)
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        if step % 2 == 1:
            print(f"step {step} loss {loss.item():.4f} sharpness {top_eigenvalue(model, x, y):.4f}")


if __name__ == "__main__":
    main()
