# expect: clean
"""Cruck barns: the pretrained recurrent backbone (with its input projection)
is pinned by overriding train(); only the head is trained on raw gauges."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)


class PinnedBackbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(4, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Linear(8, 2)
        for p in list(self.inp.parameters()) + list(self.rnn.parameters()):
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.rnn.train(False)  # keep the pretrained LSTM fixed
        return self

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.head(h[:, -1])


model = PinnedBackbone().train()
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
for step in range(3):
    x, y = torch.randn(4, 5, 4), torch.randint(0, 2, (4,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
