# expect: crash
"""Rebuilt shape of pytorch/pytorch#7961 (our own tiny code, not the reporter's).

A controllable text generator: a GRU decoder produces *soft* word embeddings
(softmax over the vocabulary times the embedding matrix) so that an attribute
discriminator's loss can be backpropagated into the generator. The sampling
helper switches to eval for sampling and switches back to train at the end --
but the soft embeddings it returns were produced by the eval-mode forward.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)
V, E, H, Z, C = 20, 8, 8, 4, 2


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, E)
        self.init = nn.Linear(Z + C, H)
        self.gru = nn.GRU(E, H, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(H, V)

    def sample_soft_embed(self, z, c, length=5, temp=0.5):
        self.eval()
        h = torch.tanh(self.init(torch.cat([z, c], -1))).unsqueeze(0)
        word = self.emb(torch.zeros(z.shape[0], 1, dtype=torch.long))
        outs = []
        for _ in range(length):
            o, h = self.gru(word, h)
            probs = F.softmax(self.out(self.drop(o)) / temp, -1)
            word = probs @ self.emb.weight
            outs.append(word)
        self.train()
        return torch.cat(outs, 1)


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(E, 8, 3, padding=1)
        self.fc = nn.Linear(8, C)

    def forward(self, soft_emb):
        return self.fc(torch.relu(self.conv(soft_emb.transpose(1, 2))).max(-1).values)


G, D = Generator(), Discriminator()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3)
for it in range(2):
    z = torch.randn(4, Z)
    c_idx = torch.randint(0, C, (4,))
    soft = G.sample_soft_embed(z, F.one_hot(c_idx, C).float())
    loss_attr = F.cross_entropy(D(soft), c_idx)
    opt_g.zero_grad()
    loss_attr.backward()  # TM001-here
    opt_g.step()
    print(it, loss_attr.item())
