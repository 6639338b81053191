# expect: clean
"""The same LambdaCallback, but the evaluation puts the model back in train mode before it returns."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


class Callback:
    def on_epoch_end(self, epoch, logs):
        pass


class LambdaCallback(Callback):
    def __init__(self, on_epoch_end=None):
        if on_epoch_end is not None:
            self.on_epoch_end = on_epoch_end


class History(Callback):
    def __init__(self):
        self.history = []

    def on_epoch_end(self, epoch, logs):
        self.history.append(logs)


def fit(model, epochs, callbacks):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for epoch in range(epochs):
        loss = model(torch.randn(3, 5, 4)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        for cb in callbacks:
            cb.on_epoch_end(epoch, {"loss": loss.item()})


def val_score(model):
    model.eval()
    with torch.no_grad():
        score = model(torch.randn(3, 5, 4)).mean().item()
    model.train()
    return score


net = Net()
fit(net, 3, callbacks=[History(), LambdaCallback(on_epoch_end=lambda epoch, logs: print(val_score(net)))])
