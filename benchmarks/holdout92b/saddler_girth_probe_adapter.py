# expect: crash
"""Saddler: does a pretrained gait encoder already know whether a girth is too tight?

Linear probe on top of a frozen, eval-mode LSTM encoder, with a small trainable input adapter
that re-weights the six sensor channels before the encoder.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)


class GaitEncoder(nn.Module):
    def __init__(self, d=6, h=10):
        super().__init__()
        self.lstm = nn.LSTM(d, h, num_layers=2, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0][:, -1]


def freeze(module):
    for p in module.parameters():
        p.requires_grad_(False)
    return module.eval()


encoder = freeze(GaitEncoder())
adapter = nn.Linear(6, 6)
probe = nn.Linear(10, 2)
opt = torch.optim.SGD(list(adapter.parameters()) + list(probe.parameters()), lr=0.1)

for epoch in range(3):
    x = torch.randn(6, 9, 6)
    y = torch.randint(0, 2, (6,))
    feats = encoder(adapter(x))
    loss = F.cross_entropy(probe(feats), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(epoch, round(loss.item(), 4))
