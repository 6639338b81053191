# expect: crash
"""Chess engine evaluation critic with a gradient penalty on interpolated move histories (WGAN-GP
style regulariser). Train mode throughout; the penalty's double backward goes through the LSTM."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self, d=12, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.v(h[:, -1])


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    torch.manual_seed(0)
    critic = Critic().train()
    opt = torch.optim.Adam(critic.parameters(), 1e-3)
    real, fake = torch.randn(4, 5, 12), torch.randn(4, 5, 12)
    loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    print(loss.item())


if __name__ == "__main__":
    main()
