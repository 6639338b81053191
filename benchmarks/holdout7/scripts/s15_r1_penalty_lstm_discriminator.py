# expect: crash
"""Sequence GAN with an LSTM discriminator and an R1 penalty on real samples (Mescheder et al. 2018):
the gradient of D(real) w.r.t. the real sequence is taken with create_graph=True and backpropagated again."""
import torch
import torch.nn.functional as F
from torch import nn


class Discriminator(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


G = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 6 * 3))
D = Discriminator()
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.0, 0.9))
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.0, 0.9))
torch.manual_seed(0)
for it in range(3):
    real = torch.randn(4, 6, 3).cumsum(1).requires_grad_(True)
    fake = G(torch.randn(4, 4)).view(4, 6, 3)
    d_real, d_fake = D(real), D(fake.detach())
    (grad_real,) = torch.autograd.grad(d_real.sum(), real, create_graph=True)
    r1 = grad_real.pow(2).flatten(1).sum(1).mean()
    d_loss = F.softplus(-d_real).mean() + F.softplus(d_fake).mean() + 5.0 * r1
    opt_d.zero_grad()
    d_loss.backward()  # TM003-here
    opt_d.step()
    g_loss = F.softplus(-D(G(torch.randn(4, 4)).view(4, 6, 3))).mean()
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    print(f"it {it}: d {d_loss.item():.4f} g {g_loss.item():.4f}")
