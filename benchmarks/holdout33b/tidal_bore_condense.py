# expect: crash
"""Condense a tidal-bore surf-log dataset into a handful of synthetic sequences.

Gradient matching (dataset condensation): the synthetic sequences are optimised so that
the parameter gradient they induce on a freshly initialised LSTM matches the gradient of
the real data. The real gradient is a plain autograd one; the synthetic gradient comes from
torch.func.grad over a functional_call, so the synthetic data stay differentiable.
"""
import torch
from torch import nn
from torch.func import functional_call, grad
from torch.nn import functional as F

N_CLASSES = 3  # rideable / marginal / closed-out


class BoreNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, N_CLASSES)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


def real_surf_logs(n=24, length=10):
    # (water height, flow speed) sampled every few minutes around the bore's arrival
    t = torch.linspace(0, 1, length)
    amp = torch.rand(n)
    height = amp[:, None] * torch.exp(-((t[None] - 0.5) ** 2) / 0.02)
    speed = torch.gradient(height, dim=1)[0] * 5 + 0.05 * torch.randn(n, length)
    y = torch.bucketize(amp, torch.tensor([0.33, 0.66]))
    return torch.stack([height, speed], -1), y


def loss_of(params, net, x, y):
    return F.cross_entropy(functional_call(net, params, (x,)), y)


def match_distance(g_real, g_syn):
    d = 0.0
    for k in g_real:
        a, b = g_real[k].flatten(), g_syn[k].flatten()
        d = d + (1 - F.cosine_similarity(a, b, dim=0))
    return d


def condense(n_per_class=2, outer=3, lr_syn=0.1):
    x_real, y_real = real_surf_logs()
    x_syn = torch.randn(N_CLASSES * n_per_class, 10, 2, requires_grad=True)
    y_syn = torch.arange(N_CLASSES).repeat_interleave(n_per_class)
    opt = torch.optim.SGD([x_syn], lr=lr_syn, momentum=0.5)
    for it in range(outer):
        net = BoreNet()
        net.train()
        params = {k: v.detach() for k, v in net.named_parameters()}
        real_loss = F.cross_entropy(net(x_real), y_real)
        g_real = dict(zip(params, torch.autograd.grad(real_loss, list(net.parameters()))))
        g_syn = grad(loss_of)(params, net, x_syn, y_syn)  # TM002-here
        dist = match_distance(g_real, g_syn)
        opt.zero_grad()
        dist.backward()
        opt.step()
        print(f"outer {it}: gradient distance {dist.item():.4f}")
    return x_syn.detach(), y_syn


if __name__ == "__main__":
    torch.manual_seed(0)
    xs, ys = condense()
    print("condensed set", tuple(xs.shape), ys.tolist())
