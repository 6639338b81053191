# expect: clean
"""TimeGAN/RCGAN-flavoured WGAN-GP on short sequences: LSTM generator and LSTM critic, both in train mode.
The gradient-penalty forward of the critic runs with cuDNN disabled (as the cuDNN error text suggests), so the
double backward goes through the native LSTM kernels; the other critic forwards keep cuDNN."""
import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, z_dim=4, hidden=12, out_dim=3):
        super().__init__()
        self.rnn = nn.LSTM(z_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, out_dim)

    def forward(self, z):
        return torch.tanh(self.out(self.rnn(z)[0]))


class Critic(nn.Module):
    def __init__(self, in_dim=3, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(in_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    interpolates = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        d_interpolates = critic(interpolates)
    gradients = torch.autograd.grad(outputs=d_interpolates, inputs=interpolates,
                                    grad_outputs=torch.ones_like(d_interpolates),
                                    create_graph=True, retain_graph=True)[0]
    return ((gradients.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


if __name__ == "__main__":
    torch.manual_seed(0)
    G, D = Generator(), Critic()
    opt_g = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
    opt_d = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
    real_data = torch.sin(torch.linspace(0, 6, 10)).view(1, 10, 1).repeat(8, 1, 3)
    for it in range(2):
        for _ in range(2):
            fake = G(torch.randn(8, 10, 4)).detach()
            d_loss = D(fake).mean() - D(real_data).mean() + 10 * gradient_penalty(D, real_data, fake)
            opt_d.zero_grad()
            d_loss.backward()
            opt_d.step()
        g_loss = -D(G(torch.randn(8, 10, 4))).mean()
        opt_g.zero_grad(); g_loss.backward(); opt_g.step()
        print(it, d_loss.item(), g_loss.item())
