# expect: clean
"""Linear probing on a pretrained GRU encoder: a helper freezes the GRU and puts it in eval (its dropout
off); the embedding below it is frozen through its weight (`embed.weight.requires_grad_(False)`), so
only the probe trains and no gradient has to pass back through the GRU."""
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
encoder.embed.weight.requires_grad_(False)
probe = Probe(encoder)
opt = torch.optim.SGD(probe.head.parameters(), lr=0.1)
ids, y = torch.randint(0, 25, (4, 6)), torch.randint(0, 2, (4,))
for step in range(2):
    loss = nn.functional.cross_entropy(probe(ids), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
