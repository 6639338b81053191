import torch
import torch.nn as nn
import torch.nn.functional as F


class Generator(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(dim, dim), nn.Tanh())

    def forward(self, z):
        return self.net(z)


class SeqCritic(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.gru = nn.GRU(dim, 6, batch_first=True)
        self.score = nn.Linear(6, 1)

    def forward(self, seq):
        return self.score(self.gru(seq)[0][:, -1])


class SeqGAN(nn.Module):
    def __init__(self, dim=3):
        super().__init__()
        self.gen = Generator(dim)
        self.critic = SeqCritic(dim)

    def networks(self):
        return {"generator": self.gen, "critic": self.critic}

    def critic_loss(self, real):
        fake = self.gen(torch.randn_like(real))
        return F.softplus(self.critic(fake.detach())).mean() + F.softplus(-self.critic(real)).mean()

    def generator_loss(self, real):
        return F.l1_loss(self.gen(torch.randn_like(real)), real)  # (a reconstruction warm-up)
