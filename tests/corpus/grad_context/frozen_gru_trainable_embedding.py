# expect: crash
"""Probing with a trainable embedding under a frozen GRU: a helper freezes the GRU and puts it in eval;
only the GRU's bias is frozen by weight name, not the embedding's table, so the embedding's gradient
passes back through the eval-mode GRU."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(25, 8)
        self.gru = nn.GRU(8, 8, num_layers=2, dropout=0.2, batch_first=True)

    def forward(self, ids):
        return self.gru(self.embed(ids))[1][-1]


class Probe(nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(8, 2)

    def forward(self, ids):
        return self.head(self.encoder(ids))


def freeze(layer):
    layer.requires_grad_(False)
    layer.eval()


torch.manual_seed(0)
encoder = Encoder()
freeze(encoder.gru)
encoder.gru.bias_hh_l0.requires_grad_(False)
probe = Probe(encoder)
opt = torch.optim.SGD([p for p in probe.parameters() if p.requires_grad], lr=0.1)
ids, y = torch.randint(0, 25, (4, 6)), torch.randint(0, 2, (4,))
for step in range(2):
    loss = nn.functional.cross_entropy(probe(ids), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done")
