# expect: clean
"""Deterministic fine-tuning: everything in eval mode except the recurrent layers, switched back
one by one while walking named_modules()."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(3, 8)
        self.norm = nn.BatchNorm1d(8)
        self.drop = nn.Dropout(0.1)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        h = self.norm(self.proj(x).transpose(1, 2)).transpose(1, 2)
        return self.out(self.lstm(self.drop(h))[0][:, -1])


model = Tagger()
model.eval()
for name, m in model.named_modules():
    if isinstance(m, nn.LSTM):
        m.train()

opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(3):
    loss = nn.functional.cross_entropy(model(torch.randn(4, 5, 3)), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
