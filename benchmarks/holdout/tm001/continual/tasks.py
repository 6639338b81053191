import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 12, batch_first=True)
        self.classifier = nn.Linear(12, 3)

    def forward(self, x):
        return self.classifier(self.rnn(x)[1][-1])


def task_data(task_id, n=16):
    g = torch.Generator().manual_seed(task_id)
    x = torch.randn(n, 6, 4, generator=g) + task_id
    return x, torch.randint(0, 3, (n,), generator=g)


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()
