# expect: clean
"""A residual wrapper keeps the block it is given (`self.block = block`): the classifier's GRU lives in
that block, which the wrapper's class alone does not declare. The snapshot helper puts the model back in train mode."""
import torch
import torch.nn as nn


class Residual(nn.Module):
    def __init__(self, block, scale=1.0):
        super().__init__()
        self.block, self.scale = block, scale

    def forward(self, x):
        return x + self.scale * self.block(x)


class GruBlock(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.gru = nn.GRU(d, d, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0]


class Classifier(nn.Module):
    def __init__(self, d=6):
        super().__init__()
        self.body = Residual(GruBlock(d))
        self.out = nn.Linear(d, 2)

    def forward(self, x):
        return self.out(self.body(x)[:, -1])


def snapshot_outputs(model, x):
    model.eval()
    with torch.no_grad():
        out = model(x)
    model.train()
    return out


clf = Classifier()
opt = torch.optim.SGD(clf.parameters(), lr=0.1)
x, y = torch.randn(3, 4, 6), torch.randint(0, 2, (3,))
reference = snapshot_outputs(clf, x)
for _ in range(2):
    loss = nn.functional.cross_entropy(clf(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(float(loss), reference.shape)
