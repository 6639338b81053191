# expect: crash
# WGAN-GP for sequences with a GRU critic: the gradient penalty takes autograd.grad(create_graph=True) through
# the critic and the penalty is backpropagated, i.e. a double backward through a cuDNN GRU (train mode).
import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, z=8, T=10, d=3):
        super().__init__()
        self.T, self.d = T, d
        self.net = nn.Sequential(nn.Linear(z, 32), nn.ReLU(), nn.Linear(32, T * d))

    def forward(self, z):
        return self.net(z).view(-1, self.T, self.d)


class Critic(nn.Module):
    def __init__(self, d=3):
        super().__init__()
        self.rnn = nn.GRU(d, 16, batch_first=True)
        self.score = nn.Linear(16, 1)

    def forward(self, x):
        return self.score(self.rnn(x)[0][:, -1])


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


torch.manual_seed(0)
G, D = Generator(), Critic()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
opt_d = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
real_data = torch.sin(torch.linspace(0, 6, 10)).repeat(16, 3, 1).transpose(1, 2)
for it in range(2):
    real = real_data[torch.randint(0, 16, (4,))]
    fake = G(torch.randn(4, 8)).detach()
    d_loss = D(fake).mean() - D(real).mean() + 10 * gradient_penalty(D, real, fake)
    opt_d.zero_grad()
    d_loss.backward()  # TM003-here
    opt_d.step()
    g_loss = -D(G(torch.randn(4, 8))).mean()
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
print("done")
