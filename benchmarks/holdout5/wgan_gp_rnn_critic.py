# expect: clean
# category: near_miss
"""WGAN-GP for short sequences (e.g. synthetic sensor traces): LSTM generator, GRU critic.
The gradient penalty needs double backward, which cuDNN RNNs cannot do, so the critic passes are
run with cuDNN switched off."""
import torch
import torch.nn as nn

torch.manual_seed(8)
SEQ, FEAT, Z, LAMBDA_GP, N_CRITIC = 9, 2, 4, 10.0, 2


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(Z, 12, batch_first=True)
        self.out = nn.Linear(12, FEAT)

    def forward(self, z):
        h, _ = self.lstm(z)
        return torch.tanh(self.out(h))


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(FEAT, 12, batch_first=True)
        self.score = nn.Linear(12, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.score(h[:, -1])


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    interp = (eps * real + (1 - eps) * fake).requires_grad_(True)
    grads, = torch.autograd.grad(critic(interp).sum(), interp, create_graph=True)
    return ((grads.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


G, D = Generator(), Critic()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
opt_d = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))

for it in range(3):
    for _ in range(N_CRITIC):
        real = torch.sin(torch.linspace(0, 3, SEQ)).view(1, SEQ, 1).repeat(8, 1, FEAT) + 0.1 * torch.randn(8, SEQ, FEAT)
        fake = G(torch.randn(8, SEQ, Z)).detach()
        with torch.backends.cudnn.flags(enabled=False):
            d_loss = D(fake).mean() - D(real).mean() + LAMBDA_GP * gradient_penalty(D, real, fake)
            opt_d.zero_grad()
            d_loss.backward()
        opt_d.step()
    g_loss = -D(G(torch.randn(8, SEQ, Z))).mean()
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    print(f"iter {it}: d {d_loss.item():.3f} g {g_loss.item():.3f}")
