# expect: clean
"""Machine unlearning: measure forget-set accuracy, then gradient ascent on the forget set."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class SeqClf(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])


def make(n):
    return [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(n)]


def accuracy(model, data):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in data:
            correct += (model(x).argmax(-1) == y).sum().item()
            total += len(y)
    return correct / total


def train(model, data, opt):
    model.train()
    for x, y in data:
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()


def gradient_ascent(model, forget, opt, steps=2, phase="ascent"):
    model.train(mode=phase in ("train", "ascent"))
    for _ in range(steps):
        for x, y in forget:
            opt.zero_grad()
            loss = -nn.functional.cross_entropy(model(x), y)
            loss.backward()
            opt.step()


model = SeqClf()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
retain, forget = make(3), make(2)
train(model, retain + forget, opt)
print("forget acc before", accuracy(model, forget))
gradient_ascent(model, forget, opt)
print("forget acc after", accuracy(model, forget))
print("done")
