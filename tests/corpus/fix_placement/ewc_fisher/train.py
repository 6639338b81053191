# expect: crash
# category: fix_placement
"""Continual learning with EWC: after each task the Fisher information is computed by a helper that
puts the model in eval mode and runs its own backward pass."""
import torch
import torch.nn as nn
from ewc import fisher_diagonal


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


model = Net()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
batches = [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,)))]
for task in range(2):
    model.train()
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    fisher = fisher_diagonal(model, batches)
