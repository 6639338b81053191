# expect: clean
"""Theremin pitch contours generated with a WGAN-GP: an MLP generator emits
pitch/volume curves and an LSTM critic scores them with a gradient penalty."""
import torch
import torch.nn as nn

torch.manual_seed(19)
T, CH, Z, HID = 10, 2, 6, 12


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 32), nn.ReLU(), nn.Linear(32, T * CH))

    def forward(self, z):
        return torch.tanh(self.net(z)).view(-1, T, CH)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        # unrolled cell: the gradient penalty needs a twice-differentiable critic
        self.cell = nn.LSTMCell(CH, HID)
        self.score = nn.Linear(HID, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), HID)
        c = x.new_zeros(x.size(0), HID)
        outs = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            outs.append(h)
        return self.score(torch.stack(outs, 1).mean(1))


def real_contours(b):
    t = torch.linspace(0, 1, T)
    f = torch.rand(b, 1) * 4 + 1
    pitch = torch.sin(2 * torch.pi * f * t)
    vol = torch.sigmoid(torch.randn(b, 1) + 0 * t)
    return torch.stack([pitch, vol], dim=-1)


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    mix = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    scores = critic(mix)
    (g,) = torch.autograd.grad(scores.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    G, D = Generator(), Critic()
    g_opt = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    d_opt = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(3):
        G.train(); D.train()
        for _ in range(2):
            real = real_contours(4)
            fake = G(torch.randn(4, Z)).detach()
            d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
            d_opt.zero_grad()
            d_loss.backward()
            d_opt.step()
        g_loss = -D(G(torch.randn(4, Z))).mean()
        g_opt.zero_grad()
        g_loss.backward()
        g_opt.step()
        print(f"iter {it} critic {d_loss.item():.3f} gen {g_loss.item():.3f}")


if __name__ == "__main__":
    main()
