# expect: crash
# category: wrappers
"""Sequence GAN with Gumbel-softmax: the RNN discriminator is put in eval while the generator is updated."""
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(29)
V, L, Z = 20, 8, 6


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.init = nn.Linear(Z, 16)
        self.cell_in = nn.Embedding(V, 16)
        self.rnn = nn.GRU(16, 16, batch_first=True)
        self.out = nn.Linear(16, V)

    def forward(self, z, tau=0.5):
        h = torch.tanh(self.init(z)).unsqueeze(0)
        tok = torch.zeros(z.size(0), 1, 16)
        outs = []
        for _ in range(L):
            o, h = self.rnn(tok, h)
            soft = F.gumbel_softmax(self.out(o), tau=tau, hard=False)
            outs.append(soft)
            tok = soft @ self.cell_in.weight
        return torch.cat(outs, 1)  # (B, L, V) relaxed one-hot


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(V, 12)
        self.rnn = nn.LSTM(12, 12, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.25)
        self.out = nn.Linear(24, 1)

    def forward(self, onehots):
        h, _ = self.rnn(self.proj(onehots))
        return self.out(self.drop(h.mean(1))).squeeze(-1)


G, D = Generator(), Discriminator()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.999))
bce = nn.BCEWithLogitsLoss()

for step in range(3):
    real = F.one_hot(torch.randint(0, V, (8, L)), V).float()
    z = torch.randn(8, Z)
    # discriminator step
    D.train()
    fake = G(z).detach()
    loss_d = bce(D(real), torch.ones(8)) + bce(D(fake), torch.zeros(8))
    opt_d.zero_grad()
    loss_d.backward()
    opt_d.step()
    # generator step: freeze D's dropout so the generator sees a stable critic
    D.eval()
    loss_g = bce(D(G(z)), torch.ones(8))
    opt_g.zero_grad()
    loss_g.backward()  # TM001-here
    opt_g.step()
    print(f"step {step}: loss_d {loss_d.item():.3f} loss_g {loss_g.item():.3f}")
