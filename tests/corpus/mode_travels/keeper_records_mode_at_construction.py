# expect: crash
"""A keeper object records the teacher's mode when it is built (`self.saved = net.training`) and `restore()` puts
it back after a calibration pass trained the net. The net was in eval mode when the keeper was built, so the
distillation step after `restore()` backpropagates through a GRU in eval mode."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1])


class ModeKeeper:
    def __init__(self, net):
        self.net = net
        self.saved = net.training

    def restore(self):
        self.net.train(self.saved)


net = Net().eval()
keeper = ModeKeeper(net)
net.train()
for _ in range(2):  # calibration in train mode
    net(torch.randn(3, 5, 4)).sum().backward()
keeper.restore()
loss = net(torch.randn(3, 5, 4)).pow(2).mean()
loss.backward()  # TM001-here
