# expect: clean
"""Goldbeater: which hammer strokes move the final foil thickness? Jacobian of the output w.r.t. the stroke sequence."""
import argparse

import torch
import torch.nn as nn
from torch.func import jacrev

parser = argparse.ArgumentParser()
parser.add_argument("--strokes", type=int, default=6)
parser.add_argument("--hidden", type=int, default=8)
args = parser.parse_args([])

torch.manual_seed(11)


class StrokeModel(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.RNNCell(3, hidden, nonlinearity="tanh")
        self.hidden = hidden
        self.thick = nn.Linear(hidden, 1)

    def forward(self, seq):
        h = seq.new_zeros(1, self.hidden)
        for t in range(seq.size(0)):
            h = self.cell(seq[t].unsqueeze(0), h)
        return self.thick(h[0])


model = StrokeModel(args.hidden)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
data = torch.randn(8, args.strokes, 3)
target = data[:, :, 0].sum(1, keepdim=True) * 0.1
for epoch in range(4):
    for seq, t in zip(data, target):
        opt.zero_grad()
        nn.functional.l1_loss(model(seq), t).backward()
        opt.step()

model.eval()
with torch.no_grad():
    preds = torch.stack([model(s) for s in data])
print("val mae", (preds - target).abs().mean().item())

probe = data[0]
J = jacrev(model)(probe)
print("stroke importance", J.abs().sum(-1).squeeze(0).tolist())
