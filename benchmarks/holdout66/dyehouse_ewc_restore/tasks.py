import torch
import torch.nn as nn


class ShadeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.fc(self.drop(h[-1]))


def task_batches(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.randint(0, 4, (4,), generator=g)) for _ in range(n)]


def train_task(model, batches, penalty=None, lr=1e-2):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        if penalty is not None:
            loss = loss + penalty()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
