# expect: crash
"""Parcel-locker occupancy: gradient accumulation that also accumulates the validation phase."""
import torch
from torch import nn


class Locker(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, batch_first=True)
        self.occ = nn.Linear(8, 1)

    def forward(self, x):
        return torch.sigmoid(self.occ(self.rnn(x)[0][:, -1]))


PHASES = [("train", torch.randn(4, 6, 3), torch.rand(4, 1)),
          ("val", torch.randn(4, 6, 3), torch.rand(4, 1)),
          ("train", torch.randn(4, 6, 3), torch.rand(4, 1))]

model = Locker()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
acc_loss = 0.0
for phase, x, y in PHASES:
    model.train(phase == "train")
    loss = nn.functional.binary_cross_entropy(model(x), y)
    weight = 1.0 if phase == "train" else 0.5      # "semi-supervised" signal from val
    acc_loss = acc_loss + weight * loss
opt.zero_grad()
acc_loss.backward()  # TM001-here
opt.step()
print(acc_loss.item())
