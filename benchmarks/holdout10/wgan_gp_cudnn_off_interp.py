# expect: clean
"""WGAN-GP with a GRU critic where only the gradient-penalty forward on the interpolates
runs inside torch.backends.cudnn.flags(enabled=False). The real/fake critic scores use
cuDNN (first-order backward only, train mode); the double backward of the penalty only
traverses the non-cuDNN graph.
"""
import torch
from torch import nn


class GRUCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 10, batch_first=True, num_layers=2)
        self.v = nn.Linear(10, 1)

    def forward(self, x):
        return self.v(self.gru(x)[0].mean(1))


class Penalty:
    def __init__(self, weight=10.0):
        self.weight = weight

    def __call__(self, critic, real, fake):
        eps = torch.rand(real.size(0), 1, 1)
        x_hat = (eps * real + (1 - eps) * fake).requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            out = critic(x_hat)
        g, = torch.autograd.grad(out, x_hat, torch.ones_like(out), create_graph=True)
        return self.weight * ((g.reshape(len(g), -1).norm(dim=1) - 1) ** 2).mean()


if __name__ == "__main__":
    torch.manual_seed(44)
    critic, gen = GRUCritic(), nn.Linear(6, 7 * 3)
    c_opt = torch.optim.RMSprop(critic.parameters(), lr=5e-4)
    gp = Penalty()
    for it in range(3):
        real = torch.randn(5, 7, 3)
        fake = gen(torch.randn(5, 6)).view(5, 7, 3).detach()
        loss = critic(fake).mean() - critic(real).mean() + gp(critic, real, fake)
        c_opt.zero_grad()
        loss.backward()
        c_opt.step()
        print(it, loss.item())
