# expect: crash
"""WGAN-GP for short sequences with a GRU critic: gradient penalty on interpolates."""
import torch
import torch.nn as nn

torch.manual_seed(25)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


G = nn.Sequential(nn.Linear(4, 15), nn.Tanh())
D = Critic()
opt_d = torch.optim.Adam(D.parameters(), 1e-4, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(G.parameters(), 1e-4, betas=(0.5, 0.9))


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    inter = (eps * real + (1 - eps) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(inter).sum(), inter, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for it in range(2):
    real = torch.randn(4, 5, 3)
    fake = G(torch.randn(4, 4)).view(4, 5, 3)
    d_loss = D(fake.detach()).mean() - D(real).mean() + 10 * gradient_penalty(D, real, fake.detach())
    opt_d.zero_grad()
    d_loss.backward()  # TM003-here
    opt_d.step()
    g_loss = -D(G(torch.randn(4, 4)).view(4, 5, 3)).mean()
    opt_g.zero_grad(); g_loss.backward(); opt_g.step()
print("done")
