# expect: clean
"""RNN-discriminator WGAN-GP where the penalty's critic forward is wrapped in cudnn.flags(enabled=False) by a
small context-manager helper; the Wasserstein terms keep cuDNN on (first-order only)."""
import contextlib
import torch
import torch.nn as nn


@contextlib.contextmanager
def no_cudnn():
    with torch.backends.cudnn.flags(enabled=False):
        yield


class GRUCritic(nn.Module):
    def __init__(self, feat=3):
        super().__init__()
        self.body = nn.GRU(feat, 10, batch_first=True)
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        return self.head(self.body(x)[0][:, -1]).squeeze(-1)


def penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    x = (a * real + (1 - a) * fake).requires_grad_()
    with no_cudnn():
        s = critic(x)
    g = torch.autograd.grad(s.sum(), x, create_graph=True)[0]
    return ((g.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


critic = GRUCritic()
gen = nn.Sequential(nn.Linear(5, 3), nn.Tanh())
opt = torch.optim.Adam(critic.parameters(), 1e-4)
for step in range(3):
    real = torch.randn(6, 7, 3)
    fake = gen(torch.randn(6, 7, 5)).detach()
    loss = critic(fake).mean() - critic(real).mean() + 10 * penalty(critic, real, fake)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
