# expect: clean
"""The same loop and callback, but the lambda evaluates another model (an EMA copy): the trained
model's mode never changes."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def do_test(model, data):
    model.eval()
    with torch.no_grad():
        return model(data).argmax(-1)


def train(model, steps, after_step):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for _ in range(steps):
        loss = model(torch.randn(3, 5, 4)).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        after_step()


model = Net()
data = torch.randn(3, 5, 4)
ema = Net()
train(model, 3, lambda: do_test(ema, data))
