# expect: crash
"""Rushlight flicker energy model: Langevin sampling of sequences from a trained GRU energy network."""
import torch
import torch.nn as nn

torch.manual_seed(7)


class Energy(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(1, 8, batch_first=True)
        self.e = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.e(h[:, -1]).squeeze(-1)


def contrastive_step(net, opt, real, fake):
    loss = net(real).mean() - net(fake).mean() + 0.1 * (net(real) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


def langevin(net, n=3, steps=5, step_size=0.1):
    net.eval()
    x = torch.randn(n, 10, 1)
    for _ in range(steps):
        x.requires_grad_(True)
        energy = net(x).sum()
        energy.backward()  # TM001-here
        x = (x - step_size * x.grad + 0.01 * torch.randn_like(x)).detach()
    return x


net = Energy()
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
net.train()
for it in range(3):
    real = torch.sin(torch.linspace(0, 3, 10)).view(1, 10, 1).repeat(4, 1, 1)
    fake = torch.randn(4, 10, 1)
    contrastive_step(net, opt, real, fake)
samples = langevin(net)
print(samples.shape)
