# expect: clean
# Near miss of a gradient penalty: the input gradient is taken with create_graph=True through an LSTM in
# train mode, but only its norm is logged (detached); nothing backpropagates through the gradient itself.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(3, 12, batch_first=True, num_layers=2)
        self.judge = nn.Linear(12, 1)

    def forward(self, x):
        return self.judge(self.encoder(x)[0][:, -1])


def grad_norm_monitor(disc, x):
    x = x.detach().requires_grad_(True)
    (g,) = torch.autograd.grad(disc(x).sum(), x, create_graph=True)
    return g.flatten(1).norm(dim=1).mean().detach()


if __name__ == "__main__":
    torch.manual_seed(0)
    disc = Discriminator()
    opt = torch.optim.Adam(disc.parameters(), lr=1e-3)
    real, fake = torch.randn(8, 6, 3) + 1, torch.randn(8, 6, 3)
    for step in range(3):
        disc.train()
        loss = F.softplus(-disc(real)).mean() + F.softplus(disc(fake)).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4), "grad-norm", round(grad_norm_monitor(disc, real).item(), 4))
