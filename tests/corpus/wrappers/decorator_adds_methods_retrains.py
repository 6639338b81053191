# expect: clean
"""A class decorator factory bolts `predict` and `adapt_online` onto the model class; `adapt_online` calls
`predict` (which puts the model in eval mode) and puts it back in train mode before it trains."""
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
            return (preds == y).float().mean().item()

        cls.predict = predict
        cls.adapt_online = adapt_online
        return cls
    return decorate


@with_online_adaptation(lr=5e-3)
class GestureNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.out = nn.Linear(8, 4)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


if __name__ == "__main__":
    net = GestureNet()
    print(net.adapt_online(torch.randn(2, 10, 6), torch.randint(0, 4, (2,))))
