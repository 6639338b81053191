# expect: crash
# Input-sensitivity analysis of a trained sensor model with torch.func.jacrev. The model is in train mode,
# but functorch transforms through a cuDNN RNN fail on a GPU in any mode.
import torch
import torch.nn as nn
from torch.func import jacrev


class SensorNet(nn.Module):
    def __init__(self, channels=4, hidden=10):
        super().__init__()
        self.stem = nn.Conv1d(channels, 8, 3, padding=1)
        self.seq = nn.LSTM(8, hidden, batch_first=True)
        self.readout = nn.Linear(hidden, 2)

    def forward(self, x):  # x: (T, C) single example
        z = self.stem(x.t().unsqueeze(0)).transpose(1, 2)
        return self.readout(self.seq(z)[0][0, -1])  # TM002-here


def fit(net, data, steps=3):
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = sum(nn.functional.mse_loss(net(x), y) for x, y in data)
        opt.zero_grad()
        loss.backward()
        opt.step()


def sensitivity(net, x):
    jac = jacrev(net)(x)
    return jac.abs().sum(0)


torch.manual_seed(0)
net = SensorNet()
data = [(torch.randn(12, 4), torch.randn(2)) for _ in range(3)]
fit(net, data)
print(sensitivity(net, data[0][0]).shape)
print("done")
