# expect: clean
"""Kite-surf gust prediction, netweaver style: modules are 'threads' woven into a net object."""
import torch
import torch.nn as nn


class Thread(nn.Module):
    kind = "base"


class GustThread(Thread):
    kind = "gust"

    def __init__(self, d=4, h=10):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.out(o).squeeze(-1)


class Net:
    def __init__(self):
        self.threads = nn.ModuleDict()

    def weave(self, name, thread):
        self.threads[name] = thread
        return self

    def __getitem__(self, k):
        return self.threads[k]


def check(net, x, y):
    m = net["gust"]
    was = m.training
    m.eval()
    with torch.no_grad():
        err = (m(x) - y).pow(2).mean().item()
    m.train(was)
    return err


def main():
    torch.manual_seed(1)
    net = Net().weave("gust", GustThread())
    opt = torch.optim.SGD(net.threads.parameters(), lr=0.05)
    x, y = torch.randn(5, 7, 4), torch.randn(5, 7)
    net["gust"].train()
    for it in range(4):
        print("val", check(net, x, y))
        opt.zero_grad()
        loss = (net["gust"](x) - y).pow(2).mean()
        loss.backward()
        opt.step()
    print("ok")


if __name__ == "__main__":
    main()
