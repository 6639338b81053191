# expect: crash
"""Wind-shear profile synthesis with a WGAN-GP whose critic is a GRU (train mode throughout)."""
import torch

from shear import ProfileGenerator, ShearCritic, gradient_penalty

torch.manual_seed(25)
G, D = ProfileGenerator(), ShearCritic()
G.train(); D.train()
opt_d = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
for it in range(2):
    real = torch.cumsum(torch.rand(4, 10, 1), 1)
    fake = G(torch.randn(4, 4)).detach()
    d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
    opt_d.zero_grad()
    d_loss.backward()  # TM003-here
    opt_d.step()
    g_loss = -D(G(torch.randn(4, 4))).mean()
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    print(it, round(d_loss.item(), 3), round(g_loss.item(), 3))
