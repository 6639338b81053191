# expect: crash
"""WGAN-GP for short sequences with a recurrent critic (train mode throughout): the gradient penalty takes
autograd.grad(create_graph=True) through the LSTM critic and the critic loss is then backpropagated."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, seq):
        out, _ = self.lstm(seq)
        return self.score(out[:, -1])


class SeqGenerator(nn.Module):
    def __init__(self, z=4, feat=3, length=6):
        super().__init__()
        self.net = nn.Linear(z, feat * length)
        self.shape = (length, feat)

    def forward(self, z):
        return torch.tanh(self.net(z)).view(z.shape[0], *self.shape)


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    interpolates = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    d_interpolates = critic(interpolates)
    gradients = torch.autograd.grad(outputs=d_interpolates, inputs=interpolates,
                                    grad_outputs=torch.ones_like(d_interpolates),
                                    create_graph=True, retain_graph=True)[0]
    return ((gradients.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


if __name__ == "__main__":
    torch.manual_seed(0)
    G, D = SeqGenerator(), Critic()
    opt_g = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
    opt_d = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
    for it in range(3):
        real = torch.randn(4, 6, 3)
        fake = G(torch.randn(4, 4)).detach()
        d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
        opt_d.zero_grad()
        d_loss.backward()  # TM003-here
        opt_d.step()
        g_loss = -D(G(torch.randn(4, 4))).mean()
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        print(it, d_loss.item(), g_loss.item())
