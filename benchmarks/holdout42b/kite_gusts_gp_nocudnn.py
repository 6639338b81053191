# expect: clean
"""Kite flying gust traces: WGAN-style critic (LSTM) with a gradient penalty on interpolates."""
import torch
import torch.nn as nn

torch.manual_seed(2)
CFG = {"seq": 8, "feat": 2, "hidden": 10, "batch": 4, "gp_weight": 10.0, "steps": 2}


class Critic(nn.Module):
    def __init__(self, feat, hidden):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.score(h[:, -1])


class Generator(nn.Module):
    def __init__(self, feat, seq):
        super().__init__()
        self.seq, self.feat = seq, feat
        self.net = nn.Linear(6, seq * feat)

    def forward(self, z):
        return self.net(z).view(-1, self.seq, self.feat)


def penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        out = critic(mix)
    (g,) = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


critic = Critic(CFG["feat"], CFG["hidden"])
gen = Generator(CFG["feat"], CFG["seq"])
c_opt = torch.optim.Adam(critic.parameters(), lr=1e-4, betas=(0.5, 0.9))
critic.train()
for step in range(CFG["steps"]):
    real = torch.randn(CFG["batch"], CFG["seq"], CFG["feat"])
    fake = gen(torch.randn(CFG["batch"], 6)).detach()
    loss = critic(fake).mean() - critic(real).mean()
    loss = loss + CFG["gp_weight"] * penalty(critic, real, fake)
    c_opt.zero_grad()
    loss.backward()
    c_opt.step()
    print(step, round(loss.item(), 4))
