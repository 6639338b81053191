# expect: clean
"""Ice house melt logs: sample synthetic temperature sequences from an LSTM energy model by Langevin steps."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class Energy(nn.Module):
    def __init__(self, feat=2, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(feat, hidden, batch_first=True)
        self.e = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.e(h[:, -1]).squeeze(-1)


def fit(model, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(steps):
        pos, neg = torch.randn(4, 6, 2), torch.rand(4, 6, 2)
        loss = model(pos).mean() - model(neg).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def freeze_for_sampling(model):
    model.training = False  # wrapper flag only
    for p in model.parameters():
        p.requires_grad_(False)


def langevin(model, n=3, steps=4, step_size=0.05):
    x = torch.rand(n, 6, 2, requires_grad=True)
    for _ in range(steps):
        energy = model(x).sum()
        (g,) = torch.autograd.grad(energy, x)
        x = (x - step_size * g + 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


model = Energy()
fit(model)
freeze_for_sampling(model)
samples = langevin(model)
print("samples", tuple(samples.shape), round(samples.mean().item(), 4))
