# expect: crash
"""Library self-checkout queue length: which past minutes drive the forecast?
Input sensitivity via torch.func.jacrev on a trained LSTM (train mode kept)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(12)


class QueueNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 8)
        self.fc = nn.Linear(8, 1)

    def forward(self, seq):  # seq: (T, 1)
        o, _ = self.lstm(seq.unsqueeze(1))
        return self.fc(o[-1, 0])


net = QueueNet()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for _ in range(3):
    s = torch.rand(10, 1)
    loss = (net(s) - s.sum()).pow(2).mean()
    opt.zero_grad(); loss.backward(); opt.step()

probe = torch.rand(10, 1)
J = jacrev(net)(probe)  # TM002-here
print("most influential minute", int(J.abs().squeeze().argmax()))
