# expect: clean
"""Osier-bed moisture critic with an input-gradient penalty (double backward), written
with a GRUCell unrolled by hand so the recurrence is step-by-step."""
import torch
from torch import nn


class MoistureCritic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(2, hidden)
        self.hidden = hidden
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.out(h)


def beds(n=4, t=7):
    return torch.rand(n, t, 2)


def penalty(critic, x):
    x = x.clone().requires_grad_(True)
    (g,) = torch.autograd.grad(critic(x).sum(), x, create_graph=True)
    return g.pow(2).sum((1, 2)).mean()


def main():
    torch.manual_seed(13)
    critic = MoistureCritic()
    critic.train()
    opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
    for step in range(3):
        wet, dry = beds() + 0.5, beds()
        loss = critic(dry).mean() - critic(wet).mean() + 5.0 * penalty(critic, wet)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("step", step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
