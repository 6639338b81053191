# expect: crash
"""Library self-checkout queue: input saliency with autograd.functional.jacobian after eval()."""
import torch
import torch.nn as nn
from torch.autograd.functional import jacobian

torch.manual_seed(11)


class QueueNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 6, batch_first=True, proj_size=3)
        self.fc = nn.Linear(3, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1]).sum()


net = QueueNet().eval()
arrivals = torch.randn(2, 5, 4)
J = jacobian(net, arrivals)  # TM001-here
print(J.shape)
