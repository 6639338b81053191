# expect: crash
"""Decoy ponds: duck-call audio frames -> real/decoy critic with an input
gradient penalty (double backward) on a GRU critic in train mode."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h.mean(1))


def penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    score = critic(mix)
    g, = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


critic = Critic().train()
opt = torch.optim.RMSprop(critic.parameters(), lr=1e-3)
for it in range(2):
    real, fake = torch.randn(4, 6, 5), torch.randn(4, 6, 5)
    loss = critic(fake).mean() - critic(real).mean() + 10 * penalty(critic, real, fake)
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    print("it", it, float(loss))
