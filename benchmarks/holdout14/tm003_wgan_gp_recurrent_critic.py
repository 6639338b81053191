# expect: crash
"""WGAN-GP for time series with a GRU critic (train mode): gradient penalty via autograd.grad(create_graph=True)
on interpolates, then backward through the penalty (double backward)."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 10, batch_first=True)
        self.fc = nn.Linear(10, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1])


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 6 * 2))

    def forward(self, z):
        return self.net(z).view(-1, 6, 2)


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    interp = (eps * real + (1 - eps) * fake).requires_grad_(True)
    out = critic(interp)
    grads = torch.autograd.grad(out, interp, torch.ones_like(out), create_graph=True, retain_graph=True)[0]
    return ((grads.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


D, G = Critic(), Generator()
d_opt = torch.optim.Adam(D.parameters(), 1e-4, betas=(0.5, 0.9))
for it in range(2):
    real = torch.randn(4, 6, 2)
    fake = G(torch.randn(4, 4)).detach()
    d_loss = D(fake).mean() - D(real).mean() + 10 * gradient_penalty(D, real, fake)
    d_opt.zero_grad()
    d_loss.backward()  # TM003-here
    d_opt.step()
print("wgan ok")
