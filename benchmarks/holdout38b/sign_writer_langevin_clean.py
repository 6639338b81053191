# expect: clean
"""Sign writer's brush strokes: an energy model over stroke sequences, sampled with Langevin dynamics.

Training pushes down the energy of real strokes and up the energy of samples (contrastive divergence).
"""
import torch
import torch.nn as nn

torch.manual_seed(8)


class StrokeEnergy(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.energy = nn.Linear(hidden, 1)

    def forward(self, strokes):
        h, _ = self.rnn(strokes)
        return self.energy(h[:, -1]).squeeze(-1)

    def sample(self, n, length=6, steps=5, step_size=0.1):
        self.eval()
        self.rnn.train()  # cuDNN needs the recurrent layer in training mode to differentiate it
        x = torch.randn(n, length, 2)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            e = self(x).sum()
            (g,) = torch.autograd.grad(e, x)
            x = x - step_size * g + 0.01 * torch.randn_like(x)
        self.train()
        return x.detach()


def real_strokes(n, length=6):
    t = torch.linspace(0, 1, length)
    return torch.stack([t.expand(n, -1), (t * 3).sin().expand(n, -1)], -1) + 0.05 * torch.randn(n, length, 2)


model = StrokeEnergy()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(3):
    fake = model.sample(4)
    real = real_strokes(4)
    loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, round(loss.item(), 4))
