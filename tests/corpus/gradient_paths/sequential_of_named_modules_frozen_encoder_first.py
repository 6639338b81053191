# expect: clean
"""Tidal-gauge probe, script style: a pretrained GRU encoder is frozen and left in eval mode, then chained with a
fresh head as `nn.Sequential(encoder, head)`. The encoder comes first and gets raw readings that need no grad,
so the backward of the head's loss never reaches the GRU."""
import torch
import torch.nn as nn


class Gauge(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)

    def forward(self, x):
        h, _ = self.gru(x)
        return h[:, -1]


torch.manual_seed(7)
encoder = Gauge()
encoder.eval()
for p in encoder.parameters():
    p.requires_grad_(False)
head = nn.Linear(8, 1)
probe = nn.Sequential(encoder, head)
opt = torch.optim.SGD(head.parameters(), lr=0.1)
readings, level = torch.randn(5, 12, 3), torch.randn(5, 1)
loss = ((probe(readings) - level) ** 2).mean()
opt.zero_grad()
loss.backward()
opt.step()
print("loss", float(loss))
