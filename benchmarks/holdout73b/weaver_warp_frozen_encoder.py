# expect: clean
"""Weaver: linear probe on a frozen, pretrained warp-tension GRU encoder (eval mode, no grads through it)."""
import torch
import torch.nn as nn

torch.manual_seed(12)


class WarpEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Linear(4, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)

    def forward(self, x):
        o, _ = self.gru(torch.relu(self.stem(x)))
        return o[:, -1]


encoder = WarpEncoder()
encoder.eval()
for p in encoder.parameters():
    p.requires_grad_(False)
probe = nn.Linear(8, 3)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for step in range(4):
    x = torch.randn(6, 5, 4)
    y = torch.randint(0, 3, (6,))
    feats = encoder(x)
    loss = nn.functional.cross_entropy(probe(feats), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("probe trained")
