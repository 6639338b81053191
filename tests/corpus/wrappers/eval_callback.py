# expect: crash
"""Keras-style callbacks: an end-of-epoch evaluation callback holds the model and switches it to eval mode."""
import torch
import torch.nn as nn


class EvalCallback:
    def __init__(self, model, data):
        self.model, self.data = model, data

    def on_epoch_end(self, epoch):
        self.model.eval()
        with torch.no_grad():
            x, y = self.data
            print(epoch, nn.functional.mse_loss(self.model(x), y).item())


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def fit(model, epochs, callbacks):
    opt = torch.optim.Adam(model.parameters())
    model.train()
    for epoch in range(epochs):
        x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        for callback in callbacks:
            callback.on_epoch_end(epoch)


torch.manual_seed(0)
net = Net()
fit(net, 2, [EvalCallback(net, (torch.randn(2, 5, 3), torch.randn(2, 1)))])
