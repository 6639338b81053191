# expect: clean
"""Ice quality after resurfacing: a pretrained, frozen sensor encoder and a trainable head."""
import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.LSTM(4, 8, num_layers=2, batch_first=True)
encoder.eval()
for p in encoder.parameters():
    p.requires_grad_(False)

head = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 3))
opt = torch.optim.Adam(head.parameters(), lr=1e-2)

readings = torch.randn(6, 9, 4)            # raw sensor data, no grad
grade = torch.randint(0, 3, (6,))
for step in range(4):
    feats, _ = encoder(readings)
    logits = head(feats[:, -1])
    loss = nn.functional.cross_entropy(logits, grade)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("head loss", loss.item())
