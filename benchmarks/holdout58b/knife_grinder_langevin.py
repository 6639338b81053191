# expect: crash
"""Energy model over grinding-wheel vibration traces; negatives drawn by Langevin dynamics."""
import torch
import torch.nn as nn


class TraceEnergy(nn.Module):
    def __init__(self, n_ch=3, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_ch, hidden, batch_first=True, bidirectional=True)
        self.energy = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.energy(h.mean(1)).squeeze(-1)


class LangevinSampler:
    def __init__(self, model, steps=5, step_size=0.1, noise=0.01):
        self.model, self.steps, self.step_size, self.noise = model, steps, step_size, noise

    def sample(self, shape):
        self.model.eval()  # sampling shouldn't touch dropout/bn statistics
        x = torch.rand(shape) * 2 - 1
        for _ in range(self.steps):
            x = x.detach().requires_grad_(True)
            e = self.model(x).sum()
            (g,) = torch.autograd.grad(e, x)  # TM001-here
            x = x - self.step_size * g + self.noise * torch.randn_like(x)
        return x.detach()


def main():
    torch.manual_seed(5)
    model = TraceEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sampler = LangevinSampler(model)
    for it in range(3):
        real = torch.sin(torch.linspace(0, 6, 12))[None, :, None].repeat(4, 1, 3) + 0.1 * torch.randn(4, 12, 3)
        fake = sampler.sample(real.shape)
        model.train()
        loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, round(loss.item(), 4))


if __name__ == "__main__":
    main()
