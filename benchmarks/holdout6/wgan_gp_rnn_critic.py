# expect: clean
# category: gradient-penalty
"""WGAN-GP for short multivariate time series with a GRU generator and an LSTM critic.

The gradient penalty needs a double backward, which cuDNN RNNs do not support, so the critic
passes used for the penalty run with cuDNN disabled."""
import torch
import torch.nn as nn

torch.manual_seed(0)
SEQ, FEAT, Z = 8, 3, 4


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(Z, 12, batch_first=True)
        self.out = nn.Linear(12, FEAT)

    def forward(self, z):
        return torch.tanh(self.out(self.gru(z)[0]))


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        scores = critic(interp)
        grads = torch.autograd.grad(scores.sum(), interp, create_graph=True)[0]
        return ((grads.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


G, D = Generator(), Critic()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
opt_d = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
for it in range(2):
    for _ in range(2):  # critic iterations
        real = torch.randn(4, SEQ, FEAT)
        fake = G(torch.randn(4, SEQ, Z)).detach()
        with torch.backends.cudnn.flags(enabled=False):
            d_loss = D(fake).mean() - D(real).mean() + 10 * gradient_penalty(D, real, fake)
            opt_d.zero_grad()
            d_loss.backward()
        opt_d.step()
    g_loss = -D(G(torch.randn(4, SEQ, Z))).mean()
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    print(f"iter {it}: d {d_loss.item():.3f} g {g_loss.item():.3f}")
