# expect: clean
"""The same registered callbacks, but evaluate() puts the model back in train mode before it returns."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def evaluate(model):
    model.eval()
    with torch.no_grad():
        score = model(torch.randn(2, 5, 4)).mean().item()
    model.train()
    return score


class Loop:
    def __init__(self, model, callbacks=None):
        self.model = model
        self.callbacks = list(callbacks or [])
        self.opt = torch.optim.Adam(model.parameters())

    def add_callback(self, fn):
        self.callbacks.append(fn)

    def fit(self, epochs):
        self.model.train()
        for epoch in range(epochs):
            loss = self.model(torch.randn(2, 5, 4)).sum()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            for cb in self.callbacks:
                cb(epoch)


model = Net()
loop = Loop(model)
loop.add_callback(lambda epoch: print("epoch", epoch))
loop.add_callback(lambda epoch: evaluate(model))
loop.fit(3)
