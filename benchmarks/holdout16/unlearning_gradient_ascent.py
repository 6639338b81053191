# expect: crash
"""Machine unlearning by gradient ascent on a forget set, run right after the
retain/forget accuracy audit."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class ActivityNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="relu")
        self.cls = nn.Linear(8, 4)

    def forward(self, x):
        return self.cls(self.rnn(x)[1][-1])


def audit(model, loaders):
    model.eval()
    accs = {}
    for split, loader in loaders.items():
        correct = total = 0
        with torch.no_grad():
            for x, y in loader:
                correct += (model(x).argmax(1) == y).sum().item()
                total += len(y)
        accs[split] = correct / total
    return accs


def unlearn(model, forget_loader, steps=2, lr=1e-2):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        for x, y in forget_loader:
            loss = -nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()


torch.manual_seed(0)
retain = TensorDataset(torch.randn(8, 5, 3), torch.randint(0, 4, (8,)))
forget = TensorDataset(torch.randn(4, 5, 3), torch.randint(0, 4, (4,)))
loaders = {"retain": DataLoader(retain, batch_size=4), "forget": DataLoader(forget, batch_size=4)}
model = ActivityNet()
print("before", audit(model, loaders))
unlearn(model, loaders["forget"])
print("after", audit(model, loaders))
