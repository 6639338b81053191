# expect: clean
"""Soil-moisture sensors: a short training run saves a checkpoint per epoch, then a helper module rebuilds the
model from the class it is handed, loads each checkpoint, puts the model in train mode and takes the parameter
gradients of a probe loss, so that autograd.grad goes backward through a train-mode LSTM."""
import copy

import torch
import torch.nn as nn

from sensors.influence import influence


class MoistureNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
net = MoistureNet()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
checkpoints = []
for epoch in range(2):
    x, y = torch.randn(4, 5, 2), torch.randn(4, 1)
    loss = nn.functional.mse_loss(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    checkpoints.append(copy.deepcopy(net.state_dict()))

probe_x, probe_y = torch.randn(3, 5, 2), torch.randn(3, 1)
print(influence(MoistureNet, checkpoints, probe_x, probe_y))
