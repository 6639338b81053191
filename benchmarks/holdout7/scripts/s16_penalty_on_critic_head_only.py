# expect: clean
"""Sequence WGAN; the gradient penalty is taken w.r.t. the LSTM's output features (the critic head's
input), not w.r.t. the sequence.
"""
import torch
import torch.nn.functional as F
from torch import nn


class Critic(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.recurrent = nn.GRU(n_feat, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, 16), nn.Tanh(), nn.Linear(16, 1))

    def features(self, x):
        return self.recurrent(x)[0][:, -1]


torch.manual_seed(0)
G = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 6 * 3))
C = Critic()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
opt_c = torch.optim.Adam(C.parameters(), lr=1e-4, betas=(0.5, 0.9))
for it in range(3):
    real = torch.randn(4, 6, 3)
    fake = G(torch.randn(4, 4)).view(4, 6, 3).detach()
    f_real, f_fake = C.features(real), C.features(fake)
    eps = torch.rand(4, 1)
    f_mix = eps * f_real + (1 - eps) * f_fake
    score_mix = C.head(f_mix)
    (g,) = torch.autograd.grad(score_mix.sum(), f_mix, create_graph=True)
    gp = ((g.norm(2, dim=1) - 1) ** 2).mean()
    c_loss = C.head(f_fake).mean() - C.head(f_real).mean() + 10.0 * gp
    opt_c.zero_grad()
    c_loss.backward()
    opt_c.step()
    g_loss = -C.head(C.features(G(torch.randn(4, 4)).view(4, 6, 3))).mean()
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    print(f"it {it}: critic {c_loss.item():.4f} gen {g_loss.item():.4f}")
