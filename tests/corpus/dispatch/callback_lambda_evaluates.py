# expect: crash
"""A callback handed to the training loop as a lambda: train() calls it after each step, and the
evaluation it runs leaves the model in eval mode for the next step's forward."""
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
        loss.backward()  # TM001-here
        opt.step()
        after_step()


model = Net()
data = torch.randn(3, 5, 4)
train(model, 3, lambda: do_test(model, data))
