# expect: crash
"""Rope walk tension traces: WGAN-GP where the critic is an LSTM over synthetic tension curves.
The gradient penalty is a double backward through the critic (train mode)."""
import torch
import torch.nn as nn

torch.manual_seed(4)
SEQ, DIM, H = 6, 2, 8


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(DIM, H, batch_first=True)
        self.score = nn.Linear(H, 1)

    def forward(self, x):
        return self.score(self.lstm(x)[0].mean(1))


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, SEQ * DIM))

    def forward(self, z):
        return self.net(z).view(-1, SEQ, DIM)


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    G, D = Generator(), Critic()
    og = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    od = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(2):
        real = torch.cumsum(torch.randn(4, SEQ, DIM) * 0.1, 1)
        fake = G(torch.randn(4, 4)).detach()
        d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
        od.zero_grad()
        d_loss.backward()  # TM003-here
        od.step()
        g_loss = -D(G(torch.randn(4, 4))).mean()
        og.zero_grad(); g_loss.backward(); og.step()
        print(it, round(d_loss.item(), 3), round(g_loss.item(), 3))


if __name__ == "__main__":
    main()
