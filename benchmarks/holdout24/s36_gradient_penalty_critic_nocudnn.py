# expect: clean
"""The same critic with gradient penalty; the critic step (forward, penalty and backward) runs in
`torch.backends.cudnn.flags(enabled=False)`."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self, d=12, hidden=8):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.v(h[:, -1])


def critic_step(critic, opt, real, fake, lam=10.0):
    with torch.backends.cudnn.flags(enabled=False):
        a = torch.rand(real.size(0), 1, 1)
        mix = (a * real + (1 - a) * fake).requires_grad_(True)
        (g,) = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
        gp = ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
        loss = critic(fake).mean() - critic(real).mean() + lam * gp
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    critic = Critic()
    opt = torch.optim.Adam(critic.parameters(), 1e-3)
    print(critic_step(critic, opt, torch.randn(4, 5, 12), torch.randn(4, 5, 12)))


if __name__ == "__main__":
    main()
