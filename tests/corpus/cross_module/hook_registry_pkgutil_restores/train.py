# expect: clean
"""Sonar contact classification; after-epoch hooks are plugins found with pkgutil. The echo check scores in eval mode and
sets the model back to train, so every backward runs in train mode."""
import torch
import torch.nn as nn

from sonar.hooks import discover


class Contact(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, pings):
        return self.out(self.gru(pings)[0][:, -1])


hooks = discover()
model = Contact()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
for epoch in range(2):
    pings = torch.randn(4, 9, 3)
    loss = nn.functional.cross_entropy(model(pings), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
    for hook in hooks:
        hook(model, torch.randn(2, 9, 3))
