# expect: clean
"""Bookbinding glue curing: a frozen, eval-mode LSTM feature extractor (pretrained on spine
humidity curves) with a linear probe trained on top.  The backward reaches only the probe."""
import torch
import torch.nn as nn

torch.manual_seed(13)


class SpineEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 12, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        return self.lstm(x)[0].mean(1)


def pretrain(enc, steps=2):
    dec = nn.Linear(12, 2)
    opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=1e-2)
    for _ in range(steps):
        x = torch.randn(6, 9, 2)
        loss = ((dec(enc(x)) - x.mean(1)) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return enc


encoder = pretrain(SpineEncoder())
encoder.eval()
for p in encoder.parameters():
    p.requires_grad_(False)

probe = nn.Linear(12, 3)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for epoch in range(3):
    x, y = torch.randn(6, 9, 2), torch.randint(0, 3, (6,))
    feats = encoder(x)
    loss = nn.functional.cross_entropy(probe(feats), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4))
