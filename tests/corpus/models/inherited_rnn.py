# expect: crash
"""The GRU is created in a base class's __init__; the subclass only adds a head. eval() on the subclass."""
import torch
import torch.nn as nn


class RecurrentBackbone(nn.Module):
    def __init__(self, dim=6, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(dim, hidden, batch_first=True)

    def encode(self, x):
        return self.rnn(x)[0][:, -1]


class SentimentHead(RecurrentBackbone):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(12, 2)

    def forward(self, x):
        return self.fc(self.encode(x))


torch.manual_seed(0)
clf = SentimentHead()
clf.eval()
opt = torch.optim.SGD(clf.parameters(), lr=0.1)
x, y = torch.randn(5, 8, 6), torch.randint(0, 2, (5,))
loss = nn.functional.cross_entropy(clf(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
