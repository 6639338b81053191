# expect: crash
# category: wrappers
"""Sequence GAN for short price paths: MLP generator, GRU discriminator; the discriminator is put in
eval mode during the generator step."""
import torch
import torch.nn as nn

torch.manual_seed(34)
SEQ, NOISE = 12, 4


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(NOISE, 32), nn.ReLU(), nn.Linear(32, SEQ))

    def forward(self, z):
        return self.net(z).cumsum(-1).unsqueeze(-1)


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 12, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.score = nn.Linear(12, 1)

    def forward(self, seq):
        return self.score(self.drop(self.gru(seq)[0][:, -1]))


G, D = Generator(), Discriminator()
opt_g = torch.optim.Adam(G.parameters(), lr=2e-3, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=2e-3, betas=(0.5, 0.999))
bce = nn.BCEWithLogitsLoss()
real_paths = (0.1 * torch.randn(64, SEQ)).cumsum(-1).unsqueeze(-1)

for step in range(4):
    real = real_paths[torch.randint(0, 64, (8,))]
    fake = G(torch.randn(8, NOISE))

    D.train()
    d_loss = bce(D(real), torch.ones(8, 1)) + bce(D(fake.detach()), torch.zeros(8, 1))
    opt_d.zero_grad()
    d_loss.backward()
    opt_d.step()

    D.eval()  # no dropout in the critic while training the generator
    g_loss = bce(D(fake), torch.ones(8, 1))
    opt_g.zero_grad()
    g_loss.backward()  # TM001-here
    opt_g.step()
    print(f"step {step}: d={d_loss.item():.3f} g={g_loss.item():.3f}")
