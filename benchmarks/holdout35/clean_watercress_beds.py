# expect: clean
"""Synthetic flow-gauge traces for watercress beds (spring-fed chalk streams).

A WGAN-GP: a GRU critic scores 24-hour flow traces; the generator is a small
MLP unrolled in time. Used to pad out the record of a newly planted bed.
"""
import torch
import torch.nn as nn

STEPS, FEATS, NOISE = 12, 2, 4


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(NOISE, 16), nn.Tanh(), nn.Linear(16, STEPS * FEATS))

    def forward(self, z):
        return self.net(z).view(-1, STEPS, FEATS)


class Critic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(FEATS, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, trace):
        h, _ = self.gru(trace)
        return self.score(h[:, -1])


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    # cuDNN has no double backward for RNNs: run the penalty's forward on the native kernels
    with torch.backends.cudnn.flags(enabled=False):
        scores = critic(mixed)
    (g,) = torch.autograd.grad(scores.sum(), mixed, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def gauge_traces(batch=6):
    t = torch.linspace(0, 6.28, STEPS)
    base = torch.stack([torch.sin(t), torch.cos(t)], -1)
    return base + 0.1 * torch.randn(batch, STEPS, FEATS)


def main():
    torch.manual_seed(8)
    gen, critic = Generator(), Critic()
    opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    gen.train()
    critic.train()
    for it in range(3):
        for _ in range(2):
            real = gauge_traces()
            fake = gen(torch.randn(real.size(0), NOISE)).detach()
            loss_c = critic(fake).mean() - critic(real).mean() + 10.0 * gradient_penalty(critic, real, fake)
            opt_c.zero_grad()
            loss_c.backward()
            opt_c.step()
        loss_g = -critic(gen(torch.randn(6, NOISE))).mean()
        opt_g.zero_grad()
        loss_g.backward()
        opt_g.step()
        print(f"iter {it}: critic {loss_c.item():.3f} gen {loss_g.item():.3f}")


if __name__ == "__main__":
    main()
