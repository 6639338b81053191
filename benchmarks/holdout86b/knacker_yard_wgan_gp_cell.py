# expect: clean
"""Knacker-yard load curves: WGAN-GP with a GRUCell critic unrolled by hand, so the
double backward of the gradient penalty never touches a fused cuDNN RNN."""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, D, H, Z = 8, 3, 10, 6


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(Z, T * D)

    def forward(self, z):
        return torch.tanh(self.fc(z)).view(-1, T, D)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(D, H)
        self.out = nn.Linear(H, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), H)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.out(h)


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    score = critic(mix)
    (g,) = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    gen, critic = Gen(), Critic()
    g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    real_data = torch.randn(32, T, D).clamp(-1, 1)
    for it in range(3):
        for _ in range(2):
            real = real_data[torch.randint(0, 32, (4,))]
            fake = gen(torch.randn(4, Z)).detach()
            c_loss = critic(fake).mean() - critic(real).mean()
            c_loss = c_loss + 10.0 * gradient_penalty(critic, real, fake)
            c_opt.zero_grad()
            c_loss.backward()
            c_opt.step()
        g_loss = -critic(gen(torch.randn(4, Z))).mean()
        g_opt.zero_grad()
        g_loss.backward()
        g_opt.step()
        print(f"it {it} critic {c_loss.item():.3f} gen {g_loss.item():.3f}")


if __name__ == "__main__":
    main()
