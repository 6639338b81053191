# expect: crash
"""Prefix-adapter tuning: the recurrent body is frozen and in eval mode, but a trainable input adapter sits
in front of it."""
import torch
import torch.nn.functional as F
from torch import nn


class Body(nn.Module):
    def __init__(self, dim=8):
        super().__init__()
        self.gru = nn.GRU(dim, dim, num_layers=2, batch_first=True)
        self.head = nn.Linear(dim, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


torch.manual_seed(0)
body = Body()
for p in body.parameters():
    p.requires_grad = False
body.eval()
adapter = nn.Sequential(nn.Linear(5, 8), nn.Tanh())
opt = torch.optim.Adam(adapter.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randn(4, 6, 5), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(body(adapter(x)), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
