# expect: clean
"""saddler: WGAN-GP over saddle-stitch spacing sequences (for a stitching robot).

The critic is an LSTM; the gradient penalty is taken on interpolates. The whole
critic update runs with cuDNN disabled since the penalty is differentiated twice.
"""
import torch
import torch.nn as nn

torch.manual_seed(6)
SEQ, HID = 10, 8


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, HID, batch_first=True)
        self.score = nn.Linear(HID, 1)

    def forward(self, s):
        return self.score(self.lstm(s)[0][:, -1])


gen = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, SEQ))
critic = Critic()
opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))


def real_batch(n=4):
    return (0.5 + 0.05 * torch.randn(n, SEQ)).cumsum(1).unsqueeze(-1)


def gradient_penalty(real, fake):
    a = torch.rand(real.shape[0], 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for it in range(3):
    for _ in range(2):
        real = real_batch()
        fake = gen(torch.randn(4, 4)).cumsum(1).unsqueeze(-1).detach()
        with torch.backends.cudnn.flags(enabled=False):
            loss_c = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(real, fake)
            opt_c.zero_grad()
            loss_c.backward()
        opt_c.step()
    fake = gen(torch.randn(4, 4)).cumsum(1).unsqueeze(-1)
    loss_g = -critic(fake).mean()
    opt_g.zero_grad(); loss_g.backward(); opt_g.step()
    print(it, loss_c.item(), loss_g.item())
