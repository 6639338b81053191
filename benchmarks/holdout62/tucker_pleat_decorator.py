# expect: crash
"""Tucker pleat-count regression: a functools.wraps decorator puts the model in eval for predictions."""
import functools
import torch
import torch.nn as nn

torch.manual_seed(1)


def inference(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.net.eval()
        with torch.no_grad():
            return fn(self, *args, **kwargs)
    return wrapper


class PleatNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class Tucker:
    def __init__(self):
        self.net = PleatNet()
        self.opt = torch.optim.SGD(self.net.parameters(), lr=0.05)

    @inference
    def predict(self, x):
        return self.net(x)

    def step(self, x, y):
        loss = nn.functional.mse_loss(self.net(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


t = Tucker()
t.net.train()
for epoch in range(2):
    preview = t.predict(torch.randn(2, 4, 3))
    print("preview", preview.tolist())
    for _ in range(3):
        print("loss", t.step(torch.randn(4, 4, 3), torch.randn(4)))
