# expect: clean
"""Jetworker polish-stroke energy model: Langevin sampling with cuDNN switched off around the sampler."""
import math
import torch
import torch.nn as nn

torch.manual_seed(1)
CFG = {"feat": 5, "hidden": 8, "steps": 4, "step_size": 0.05, "noise": 0.01}


class StrokeEnergy(nn.Module):
    def __init__(self, feat, hidden):
        super().__init__()
        self.gru = nn.GRU(feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1]).squeeze(-1)


def fit(model, n=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(n):
        pos = torch.randn(4, 6, CFG["feat"])
        neg = torch.randn(4, 6, CFG["feat"]) * 2
        loss = model(pos).mean() - model(neg).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def langevin(model, x, steps, step_size, noise):
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        e = model(x).sum()
        g, = torch.autograd.grad(e, x)
        x = (x - step_size * g + noise * math.sqrt(2 * step_size) * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def main():
    model = StrokeEnergy(CFG["feat"], CFG["hidden"])
    fit(model)
    sampler_model = model.eval()  # freeze dropout/bn for sampling
    for p in sampler_model.parameters():
        p.requires_grad_(False)
    with torch.backends.cudnn.flags(enabled=False):
        samples = langevin(sampler_model, torch.randn(2, 6, CFG["feat"]), CFG["steps"], CFG["step_size"], CFG["noise"])
    print("sample energy", sampler_model(samples).mean().item())


if __name__ == "__main__":
    main()
