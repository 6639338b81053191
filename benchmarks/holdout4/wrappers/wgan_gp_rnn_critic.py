# expect: crash
"""WGAN-GP for short multivariate time series with a GRU generator and a GRU critic.

The gradient penalty needs a double backward, which cuDNN RNNs cannot do, so the critic's
penalty pass runs with cuDNN disabled (the usual workaround)."""
import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, z_dim=4, hidden=12, features=2):
        super().__init__()
        self.rnn = nn.GRU(z_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, features)

    def forward(self, z):
        return torch.tanh(self.out(self.rnn(z)[0]))


class Critic(nn.Module):
    def __init__(self, features=2, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(features, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.drop(self.rnn(x)[0][:, -1]))


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        score = critic(mixed)
        grads = torch.autograd.grad(score.sum(), mixed, create_graph=True)[0]
    return ((grads.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


torch.manual_seed(0)
G, D = Generator(), Critic()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
opt_d = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
real_data = torch.sin(torch.linspace(0, 6, 10)).view(1, 10, 1).repeat(16, 1, 2)
n_critic, lambda_gp = 2, 10.0

for it in range(3):
    D.train()
    for _ in range(n_critic):
        real = real_data[torch.randint(0, 16, (4,))]
        fake = G(torch.randn(4, 10, 4)).detach()
        with torch.backends.cudnn.flags(enabled=False):
            d_loss = D(fake).mean() - D(real).mean() + lambda_gp * gradient_penalty(D, real, fake)
            opt_d.zero_grad()
            d_loss.backward()
        opt_d.step()

    # generator step: critic is only a judge here, so switch its dropout off
    D.eval()
    g_loss = -D(G(torch.randn(4, 10, 4))).mean()
    opt_g.zero_grad()
    g_loss.backward()  # TM001-here
    opt_g.step()
    print(f"iter {it}: d {d_loss.item():.3f} g {g_loss.item():.3f}")
