# expect: clean
"""A pretrained LSTM frozen (requires_grad False) and in eval; inputs need no grad; only the head trains.

Nothing needs a gradient through the LSTM, so autograd records no node for it and cuDNN never runs its
backward: no crash. torchmode stays silent here on purpose (fewest false alarms)."""
import torch
import torch.nn as nn

torch.manual_seed(0)
backbone = nn.LSTM(6, 12, batch_first=True)
for p in backbone.parameters():
    p.requires_grad_(False)
backbone.eval()
head = nn.Linear(12, 2)
opt = torch.optim.Adam(head.parameters())
for _ in range(3):
    x, y = torch.randn(8, 5, 6), torch.randint(0, 2, (8,))
    out, _ = backbone(x)
    loss = nn.functional.cross_entropy(head(out[:, -1]), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
