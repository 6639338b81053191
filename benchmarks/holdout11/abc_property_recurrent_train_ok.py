# expect: clean
# An abstract backbone class exposes its recurrent block through a property. Fine-tuning freezes the statistics
# of the normalisation layers by calling eval() on the whole model and then re-enables train mode on the
# recurrent block through the property, before any forward.
import abc
import torch
import torch.nn as nn


class Backbone(nn.Module, abc.ABC):
    @property
    @abc.abstractmethod
    def recurrent(self) -> nn.Module: ...

    def freeze_norms(self):
        self.eval()
        self.recurrent.train()
        return self


class ConvLSTMBackbone(Backbone):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(2, 6, 3, padding=1), nn.BatchNorm1d(6), nn.ReLU())
        self._seq = nn.LSTM(6, 10, batch_first=True)
        self.fc = nn.Linear(10, 1)

    @property
    def recurrent(self):
        return self._seq

    def forward(self, x):
        z = self.conv(x.transpose(1, 2)).transpose(1, 2)
        return self.fc(self._seq(z)[0][:, -1])


torch.manual_seed(0)
net = ConvLSTMBackbone().freeze_norms()
opt = torch.optim.SGD(net.parameters(), lr=0.01)
x, y = torch.randn(4, 8, 2), torch.randn(4, 1)
for _ in range(3):
    loss = nn.functional.mse_loss(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(net.training, net.recurrent.training, net.conv[1].training)
print("done")
