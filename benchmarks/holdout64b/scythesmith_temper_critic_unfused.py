# expect: clean
"""Scythesmith: WGAN-GP critic over blade-tempering temperature curves, with a GRU critic."""
import torch
import torch.nn as nn

torch.manual_seed(7)
SEQ, FEAT, HID = 10, 2, 8


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(FEAT, HID, batch_first=True)
        self.score = nn.Linear(HID, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.score(h[-1])


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, SEQ * FEAT))

    def forward(self, z):
        return self.net(z).view(-1, SEQ, FEAT)


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    (g,) = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


critic, gen = Critic(), Generator()
c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
critic.train()
gen.train()
for it in range(3):
    real = torch.cumsum(torch.randn(4, SEQ, FEAT) * 0.1, dim=1)
    fake = gen(torch.randn(4, 4)).detach()
    c_opt.zero_grad()
    with torch.backends.cudnn.flags(enabled=False):
        c_loss = critic(fake).mean() - critic(real).mean() + 10.0 * gradient_penalty(critic, real, fake)
        c_loss.backward()
    c_opt.step()
    g_opt.zero_grad()
    g_loss = -critic(gen(torch.randn(4, 4))).mean()
    g_loss.backward()
    g_opt.step()
    print(it, round(c_loss.item(), 4), round(g_loss.item(), 4))
