# expect: clean
"""Barge-owner cargo manifests: an energy model over towage sequences, sampled by Langevin dynamics."""
import math
import torch
import torch.nn as nn

torch.manual_seed(1)


class EnergyNet(nn.Module):
    def __init__(self, feat=4, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(feat, hidden, batch_first=True, num_layers=2)
        self.energy = nn.Sequential(nn.Linear(hidden, 8), nn.SiLU(), nn.Linear(8, 1))

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.energy(h.mean(1)).squeeze(-1)


def langevin_sample(model, shape, steps=5, step_size=0.1):
    was = model.training
    model.eval()
    x = torch.randn(shape).requires_grad_(True)
    cudnn_ctx = torch.backends.cudnn.flags(enabled=False)
    cudnn_ctx.__enter__()
    for _ in range(steps):
        e = model(x).sum()
        (g,) = torch.autograd.grad(e, x)
        with torch.no_grad():
            x = x - 0.5 * step_size * g + math.sqrt(step_size) * 0.01 * torch.randn_like(x)
        x.requires_grad_(True)
    cudnn_ctx.__exit__(None, None, None)
    model.train(was)
    return x.detach()


model = EnergyNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(3):
    real = torch.randn(4, 6, 4) * 0.5 + 1.0
    fake = langevin_sample(model, (4, 6, 4))
    loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, round(loss.item(), 4))
print("done")
