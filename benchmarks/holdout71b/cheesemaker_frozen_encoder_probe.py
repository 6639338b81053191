# expect: clean
"""Cheese-cave ripening stage: a linear probe on a frozen, eval-mode LSTM encoder."""
import torch
import torch.nn as nn


class CaveEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, num_layers=2, batch_first=True, dropout=0.2)

    def forward(self, x):
        o, _ = self.lstm(x)
        return o.mean(1)


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad = False
    return module


torch.manual_seed(15)
encoder = freeze(CaveEncoder())   # "pretrained" humidity/temperature encoder
probe = nn.Linear(10, 3)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for epoch in range(3):
    x = torch.randn(6, 9, 4)           # raw sensor windows, no grad
    y = torch.randint(0, 3, (6,))
    feats = encoder(x)
    loss = nn.functional.cross_entropy(probe(feats), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4))
