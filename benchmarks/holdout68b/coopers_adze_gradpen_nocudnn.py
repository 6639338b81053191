# expect: clean
"""Adze-wear critic, WGAN-GP style, with the whole critic step run with cuDNN switched off."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class Critic(nn.Module):
    def __init__(self, d=2, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.score = nn.Linear(h, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.score(o[:, -1])


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def critic_step(critic, opt, real, fake, lam=10.0):
    critic.train()
    with torch.backends.cudnn.flags(enabled=False):  # double backward needs the native kernels
        loss = critic(fake).mean() - critic(real).mean() + lam * gradient_penalty(critic, real, fake)
        opt.zero_grad()
        loss.backward()
    opt.step()
    return loss.item()


def main():
    critic = Critic()
    opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for i in range(2):
        real, fake = torch.randn(4, 6, 2), torch.randn(4, 6, 2) * 0.5
        print(i, critic_step(critic, opt, real, fake))


if __name__ == "__main__":
    main()
