# expect: clean
"""Sundial shadows: correct a garden sundial's reading (equation of time plus gnomon
misalignment) from a day's sequence of shadow-angle photos. The final calibration
uses a few damped Newton steps on the head, with Hessian-vector products from
torch.autograd.functional.hvp and conjugate gradients.
"""
import math

import torch
import torch.nn as nn
from torch.autograd.functional import hvp

torch.manual_seed(53)


class ShadowNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, seq):
        out, _ = self.rnn(seq)
        return self.head(out[:, -1]).squeeze(-1)


def day_photos(b=6, n=10):
    doy = torch.randint(1, 366, (b, 1, 1)).float()
    hour = torch.linspace(8, 17, n).view(1, n, 1).expand(b, n, 1)
    eot = 9.87 * torch.sin(4 * math.pi * (doy - 81) / 364) - 7.53 * torch.cos(2 * math.pi * (doy - 81) / 364)
    angle = (hour - 12) * 15 + eot / 4 + 0.5 * torch.randn(b, n, 1)
    return torch.cat([angle / 90, (doy / 365).expand(b, n, 1)], -1), eot[:, 0, 0] / 10


def conjugate_gradient(Av, b, iters=3):
    x = torch.zeros_like(b)
    r = b.clone()
    p = r.clone()
    rs = r.dot(r)
    for _ in range(iters):
        Ap = Av(p)
        alpha = rs / (p.dot(Ap) + 1e-10)
        x = x + alpha * p
        r = r - alpha * Ap
        rs_new = r.dot(r)
        p = r + (rs_new / (rs + 1e-10)) * p
        rs = rs_new
    return x


def newton_head(model, x, y, damping=0.1):
    w0 = torch.cat([model.head.weight.detach().flatten(), model.head.bias.detach()])
    H = model.head.weight.shape[1]

    def loss_of(w):
        feats, _ = model.rnn(x)
        pred = feats[:, -1] @ w[:H] + w[H]
        return (pred - y).pow(2).mean()

    def Av(v):
        _, hv = hvp(loss_of, w0, v)
        return hv + damping * v

    g = torch.autograd.grad(loss_of(w0.requires_grad_()), w0)[0]
    step = conjugate_gradient(Av, g.detach())
    with torch.no_grad():
        model.head.weight.copy_((w0 - step)[:H].view_as(model.head.weight))
        model.head.bias.copy_((w0 - step)[H:])


if __name__ == "__main__":
    model = ShadowNet()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    model.train()
    for i in range(6):
        x, y = day_photos()
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    x, y = day_photos(8)
    newton_head(model, x, y)
    print("after newton", (model(x) - y).pow(2).mean().item())
