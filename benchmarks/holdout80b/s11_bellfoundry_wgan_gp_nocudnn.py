# expect: clean
"""Bell-foundry strike-tone synthesis: WGAN-GP with a GRU critic over tone envelopes."""
import torch
import torch.nn as nn

torch.manual_seed(5)
T, D, Z = 8, 3, 4


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.Tanh(), nn.Linear(16, T * D))

    def forward(self, z):
        return self.net(z).view(-1, T, D)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(D, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1])


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    score = critic(mix)
    g, = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    G, C = Gen(), Critic()
    G.train(); C.train()
    og = torch.optim.Adam(G.parameters(), 1e-3, betas=(0.5, 0.9))
    oc = torch.optim.Adam(C.parameters(), 1e-3, betas=(0.5, 0.9))
    for it in range(3):
        real = torch.sin(torch.linspace(0, 3, T))[None, :, None].repeat(4, 1, D) + 0.1 * torch.randn(4, T, D)
        fake = G(torch.randn(4, Z)).detach()
        oc.zero_grad()
        with torch.backends.cudnn.flags(enabled=False):
            loss_c = C(fake).mean() - C(real).mean() + 10.0 * gradient_penalty(C, real, fake)
        loss_c.backward()
        oc.step()
        og.zero_grad()
        (-C(G(torch.randn(4, Z))).mean()).backward()
        og.step()
        print(it, loss_c.item())


if __name__ == "__main__":
    main()
