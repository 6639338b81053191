# expect: clean
# The same WGAN-GP recipe, but the critic forward used for the penalty runs with cuDNN disabled (the fix the
# PyTorch error message suggests); the plain critic terms go through cuDNN and are only backpropagated once.
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self, d=3):
        super().__init__()
        self.rnn = nn.LSTM(d, 16, batch_first=True)
        self.score = nn.Linear(16, 1)

    def forward(self, x):
        return self.score(self.rnn(x)[0][:, -1])


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


torch.manual_seed(0)
G = nn.Sequential(nn.Linear(8, 30), nn.Unflatten(1, (10, 3)))
D = Critic()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
opt_d = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
for it in range(2):
    real = torch.randn(4, 10, 3)
    fake = G(torch.randn(4, 8)).detach()
    d_loss = D(fake).mean() - D(real).mean() + 10 * gradient_penalty(D, real, fake)
    opt_d.zero_grad()
    d_loss.backward()
    opt_d.step()
    g_loss = -D(G(torch.randn(4, 8))).mean()
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
print("done")
