# expect: clean
"""Bell-founder: a WGAN-GP whose critic is an LSTM over strike-tone envelopes."""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, D, H = 6, 2, 8


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(D, H, batch_first=True)
        self.lin = nn.Linear(H, 1)

    def forward(self, x):
        return self.lin(self.rnn(x)[0][:, -1])


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, T * D))

    def forward(self, z):
        return self.net(z).view(-1, T, D)


def gradient_penalty(critic, real, fake, create_graph=True):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=create_graph)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def critic_step(critic, gen, opt, real, lam=10.0):
    fake = gen(torch.randn(real.size(0), 4)).detach()
    with torch.backends.cudnn.flags(enabled=False):
        loss = critic(fake).mean() - critic(real).mean() + lam * gradient_penalty(critic, real, fake)
        opt.zero_grad()
        loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    critic, gen = Critic(), Gen()
    critic.train()
    opt = torch.optim.Adam(critic.parameters(), lr=1e-4, betas=(0.0, 0.9))
    for i in range(2):
        print(i, critic_step(critic, gen, opt, torch.randn(4, T, D)))
