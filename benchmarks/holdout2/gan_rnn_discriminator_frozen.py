# expect: clean
# category: near-miss
"""Recurrent GAN: the LSTM discriminator is frozen with requires_grad_(False) during the generator step
but stays in training mode."""
import torch
import torch.nn as nn

torch.manual_seed(35)
SEQ = 10


class GenLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, z):
        return torch.tanh(self.out(self.lstm(z)[0]))


class DiscRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(1, 10, num_layers=2, batch_first=True, bidirectional=True)
        self.head = nn.Linear(20, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0].mean(1))


def set_requires_grad(module, flag):
    for p in module.parameters():
        p.requires_grad_(flag)


gen, disc = GenLSTM(), DiscRNN()
g_opt = torch.optim.RMSprop(gen.parameters(), lr=1e-3)
d_opt = torch.optim.RMSprop(disc.parameters(), lr=1e-3)
loss_fn = nn.BCEWithLogitsLoss()
real_data = torch.sin(torch.linspace(0, 6, SEQ)).repeat(16, 1).unsqueeze(-1)

for it in range(4):
    z = torch.randn(16, SEQ, 3)
    fake = gen(z)
    set_requires_grad(disc, True)
    d_loss = loss_fn(disc(real_data), torch.ones(16, 1)) + loss_fn(disc(fake.detach()), torch.zeros(16, 1))
    d_opt.zero_grad()
    d_loss.backward()
    d_opt.step()

    set_requires_grad(disc, False)
    g_loss = loss_fn(disc(fake), torch.ones(16, 1))
    g_opt.zero_grad()
    g_loss.backward()
    g_opt.step()
    print(f"it {it}: D {d_loss.item():.3f} G {g_loss.item():.3f}")
