# expect: clean
"""Wind-turbine vibration: a few epochs save checkpoints, then TracIn scores each training window. The scorer in
another module rebuilds the model from the class it is handed for every checkpoint, puts it in eval mode and takes
parameter gradients in a helper of its own, with cuDNN off around the forward: no cuDNN GRU backward runs."""
import copy

import torch
import torch.nn as nn

from scoring import tracin_scores


class VibrationNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


torch.manual_seed(3)
x, y = torch.randn(5, 6, 2), torch.randn(5, 1)
net = VibrationNet()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
checkpoints = []
for epoch in range(2):
    loss = nn.functional.mse_loss(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    checkpoints.append((copy.deepcopy(net.state_dict()), 0.1))
probe = (torch.randn(1, 6, 2), torch.randn(1, 1))
print(tracin_scores(VibrationNet, checkpoints, x, y, probe))
