# expect: crash
"""Cooper barrel-stave acoustic traces: WGAN-GP with an LSTM critic, gradient penalty in train mode."""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, D = 8, 2


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(D, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.score(h.mean(1))


gen = nn.Sequential(nn.Linear(4, T * D), nn.Tanh())
critic = Critic()
opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for step in range(3):
    real = torch.randn(4, T, D)
    fake = gen(torch.randn(4, 4)).view(4, T, D)
    loss_c = critic(fake.detach()).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake.detach())
    opt_c.zero_grad()
    loss_c.backward()  # TM003-here
    opt_c.step()
    loss_g = -critic(gen(torch.randn(4, 4)).view(4, T, D)).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
print("done")
