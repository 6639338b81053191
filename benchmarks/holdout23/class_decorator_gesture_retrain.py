# expect: clean
"""Drone pilot gesture recogniser; a class decorator bolts `predict` and `adapt_online` methods onto the model; adapt_online switches back to train after predicting."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def with_online_adaptation(lr=1e-3):
    def decorate(cls):
        def predict(self, x):
            self.eval()
            with torch.no_grad():
                return self(x).argmax(-1)

        def adapt_online(self, x, y):
            preds = self.predict(x)
            self.train()
            opt = torch.optim.SGD(self.parameters(), lr=lr)
            loss = F.cross_entropy(self(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            return (preds == y).float().mean().item(), loss.item()

        cls.predict = predict
        cls.adapt_online = adapt_online
        return cls
    return decorate


@with_online_adaptation(lr=5e-3)
class GestureNet(nn.Module):
    def __init__(self, imu=6, n_cls=4):
        super().__init__()
        self.lstm = nn.LSTM(imu, 8, batch_first=True)
        self.out = nn.Linear(8, n_cls)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.out(h[-1])


def main():
    torch.manual_seed(14)
    net = GestureNet()
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    x, y = torch.randn(4, 10, 6), torch.randint(0, 4, (4,))
    for _ in range(2):
        loss = F.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    for _ in range(2):
        print(net.adapt_online(torch.randn(2, 10, 6), torch.randint(0, 4, (2,))))


if __name__ == "__main__":
    main()
