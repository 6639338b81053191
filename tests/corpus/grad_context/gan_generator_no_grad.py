# expect: clean
"""Discriminator update of a sequence GAN: the GRU generator samples in eval mode under no_grad."""
import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, z):
        return self.out(self.gru(z)[0])


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, seq):
        return self.score(self.lstm(seq)[0][:, -1])


torch.manual_seed(0)
gen, disc = Generator(), Discriminator()
gen.eval()
opt_d = torch.optim.Adam(disc.parameters(), lr=2e-4)
bce = nn.BCEWithLogitsLoss()
for _ in range(2):
    real = torch.randn(4, 6, 3)
    with torch.no_grad():
        fake = gen(torch.randn(4, 6, 4))
    loss_d = bce(disc(real), torch.ones(4, 1)) + bce(disc(fake), torch.zeros(4, 1))
    opt_d.zero_grad()
    loss_d.backward()
    opt_d.step()
print(loss_d.item())
