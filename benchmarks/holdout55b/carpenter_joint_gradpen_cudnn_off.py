# expect: clean
"""Dovetail joint stress critic: WGAN-style gradient penalty on an LSTM critic, cuDNN disabled globally."""
import torch
from torch import nn

torch.backends.cudnn.enabled = False


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1])


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    out = critic(mix)
    (g,) = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    torch.manual_seed(4)
    critic = Critic()
    critic.train()
    opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
    for step in range(2):
        real, fake = torch.randn(4, 6, 3), torch.randn(4, 6, 3)
        loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
