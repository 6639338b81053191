# expect: crash
"""Solar flare series GAN: GRU critic with a WGAN gradient penalty (train mode)."""
import torch
import torch.nn as nn

torch.manual_seed(24)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


if __name__ == "__main__":
    critic = Critic().train()
    gen = nn.Sequential(nn.Linear(4, 20), nn.Tanh())
    opt = torch.optim.Adam(critic.parameters(), 1e-4, betas=(0.5, 0.9))
    real = torch.randn(4, 10, 2)
    fake = gen(torch.randn(4, 4)).view(4, 10, 2).detach()
    loss = critic(fake).mean() - critic(real).mean() + 10 * penalty(critic, real, fake)
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    print("critic loss", loss.item())
