# expect: crash
"""Layers registered by name with add_module() in a loop, as config-driven model builders do."""
import torch
import torch.nn as nn


class ConfigurableRNN(nn.Module):
    def __init__(self, sizes=(4, 8, 8)):
        super().__init__()
        self.depth = len(sizes) - 1
        for i in range(self.depth):
            self.add_module(f"rnn{i}", nn.RNN(sizes[i], sizes[i + 1], batch_first=True))
        self.add_module("head", nn.Linear(sizes[-1], 2))

    def forward(self, x):
        for i in range(self.depth):
            x, _ = getattr(self, f"rnn{i}")(x)
        return self.head(x[:, -1])


torch.manual_seed(0)
net = ConfigurableRNN()
net.eval()
opt = torch.optim.Adam(net.parameters())
x, y = torch.randn(3, 5, 4), torch.randint(0, 2, (3,))
loss = nn.functional.cross_entropy(net(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
