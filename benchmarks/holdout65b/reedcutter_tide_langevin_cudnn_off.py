# expect: clean
"""reedcutter: an energy model over tide-height traces for scheduling reed harvests.

After fitting, synthetic traces are drawn by Langevin dynamics on the input,
with the scorer in eval mode so its dropout does not add noise; the sampler
runs with cuDNN switched off because the eval-mode backward needs the native kernels.
"""
import torch
import torch.nn as nn

torch.manual_seed(2)


class TideEnergy(nn.Module):
    def __init__(self, hid=10):
        super().__init__()
        self.lstm = nn.LSTM(1, hid, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hid, 1)

    def forward(self, trace):
        h, _ = self.lstm(trace)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def fit(model, steps=6):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(steps):
        real = torch.sin(torch.linspace(0, 3, 12)).repeat(4, 1).unsqueeze(-1) + 0.1 * torch.randn(4, 12, 1)
        fake = torch.randn(4, 12, 1)
        loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def langevin(model, n=3, steps=5, step_size=0.05):
    model.eval()
    x = torch.randn(n, 12, 1, requires_grad=True)
    for _ in range(steps):
        with torch.backends.cudnn.flags(enabled=False):
            energy = model(x).sum()
            g, = torch.autograd.grad(energy, x)
        x = (x - step_size * g + (2 * step_size) ** 0.5 * 0.1 * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


if __name__ == "__main__":
    m = TideEnergy()
    fit(m)
    samples = langevin(m)
    print("sample mean", samples.mean().item())
