# expect: crash
"""Gradient-norm regularisation ('flat minima' penalty) for an HAR LSTM classifier: loss + lambda*||dL/dtheta||^2,
computed with create_graph=True and back-propagated — a double backward through the LSTM, train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class HARNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 6, 3, padding=1)
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 6)

    def forward(self, x):
        f = F.relu(self.conv(x.transpose(1, 2))).transpose(1, 2)
        h, _ = self.lstm(f)
        return self.fc(h[:, -1])


class GradNormTrainer:
    def __init__(self, net, lam=0.01):
        self.net, self.lam = net, lam
        self.opt = torch.optim.SGD(net.parameters(), lr=0.05)

    def loss_with_penalty(self, x, y):
        loss = F.cross_entropy(self.net(x), y)
        grads = torch.autograd.grad(loss, list(self.net.parameters()), create_graph=True)
        return loss + self.lam * sum(g.pow(2).sum() for g in grads)

    def step(self, x, y):
        self.net.train()
        total = self.loss_with_penalty(x, y)
        self.opt.zero_grad()
        total.backward()  # TM003-here
        self.opt.step()
        return total.item()


trainer = GradNormTrainer(HARNet())
for _ in range(2):
    print(trainer.step(torch.randn(4, 10, 3), torch.randint(0, 6, (4,))))
