# expect: clean
"""Wickmaker: WGAN-GP on candle burn-rate traces, critic unrolls an LSTMCell by hand."""
import torch
import torch.nn as nn

torch.manual_seed(2)
SEQ, FEAT, Z = 8, 2, 4


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.ReLU(), nn.Linear(16, SEQ * FEAT))

    def forward(self, z):
        return self.net(z).view(-1, SEQ, FEAT)


class Critic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(FEAT, hidden)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = torch.zeros_like(h)
        outs = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            outs.append(h)
        return self.score(torch.stack(outs, 1).mean(1))


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def real_batch(n):
    t = torch.linspace(0, 1, SEQ)
    base = torch.stack([1 - t, t ** 2], -1)
    return base + 0.05 * torch.randn(n, SEQ, FEAT)


def main():
    G, D = Gen(), Critic()
    og = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    od = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(3):
        real = real_batch(4)
        fake = G(torch.randn(4, Z)).detach()
        od.zero_grad()
        d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
        d_loss.backward()
        od.step()
        og.zero_grad()
        g_loss = -D(G(torch.randn(4, Z))).mean()
        g_loss.backward()
        og.step()
        print(it, round(d_loss.item(), 4), round(g_loss.item(), 4))


if __name__ == "__main__":
    main()
