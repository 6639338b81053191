# expect: crash
"""C-RNN-GAN for short melodies with a WGAN-GP critic: the critic is a bidirectional LSTM and the gradient
penalty differentiates its output w.r.t. interpolated sequences with create_graph=True, then backpropagates
the penalty. Everything is in train mode; cuDNN has no double backward for RNNs."""
import torch
import torch.nn as nn

SEQ, FEAT, Z = 8, 4, 6


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(Z, 16, num_layers=2, batch_first=True)
        self.proj = nn.Linear(16, FEAT)

    def forward(self, z):
        return torch.tanh(self.proj(self.rnn(z)[0]))


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(FEAT, 12, batch_first=True, bidirectional=True)
        self.score = nn.Linear(24, 1)

    def forward(self, seq):
        return self.score(self.rnn(seq)[0]).mean(dim=(1, 2))


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


G, D = Generator(), Critic()
opt_g = torch.optim.Adam(G.parameters(), 1e-4, betas=(0.5, 0.9))
opt_d = torch.optim.Adam(D.parameters(), 1e-4, betas=(0.5, 0.9))
for it in range(2):
    real = torch.rand(4, SEQ, FEAT) * 2 - 1
    fake = G(torch.randn(4, SEQ, Z)).detach()
    d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
    opt_d.zero_grad()
    d_loss.backward()  # TM003-here
    opt_d.step()
    g_loss = -D(G(torch.randn(4, SEQ, Z))).mean()
    opt_g.zero_grad(); g_loss.backward(); opt_g.step()
print("done")
