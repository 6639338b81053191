# expect: clean
"""Cordwainer last-wear classifier: a callable step object that logs an eval-mode metric before backward."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)


class LastNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, num_layers=2, dropout=0.2, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])


class TrainStep:
    def __init__(self, model, opt):
        self.model, self.opt = model, opt
        self.log = []

    def __call__(self, x, y):
        self.model.train()
        loss = F.cross_entropy(self.model(x), y)
        # quick deterministic accuracy on the same batch for the log line
        self.model.eval()
        with torch.no_grad():
            acc = (self.model(x).argmax(-1) == y).float().mean().item()
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.log.append((loss.item(), acc))
        return loss.item()


model = LastNet()
step = TrainStep(model, torch.optim.Adam(model.parameters(), 1e-2))
for i in range(4):
    x, y = torch.randn(5, 7, 3), torch.randint(0, 2, (5,))
    step(x, y)
print("log", [(round(l, 3), a) for l, a in step.log])
