# expect: clean
"""Fine-tuning with the BatchNorm head frozen in eval while the recurrent trunk is switched back to train:
`net.eval()` then `net.module_.rnn.train()` (skorch-like wrapper keeps the torch module in `module_`)."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True, dropout=0.0)
        self.bn = nn.BatchNorm1d(8)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.bn(self.rnn(x)[0][:, -1]))


class Wrapper:
    def __init__(self, module):
        self.module_ = module
        self.optimizer_ = torch.optim.SGD(module.parameters(), lr=0.05)

    def eval(self):
        self.module_.eval()
        return self

    def partial_fit(self, X, y):
        out = self.module_(X)
        loss = nn.functional.cross_entropy(out, y)
        self.optimizer_.zero_grad()
        loss.backward()
        self.optimizer_.step()
        return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    net = Wrapper(Net())
    for _ in range(2):
        net.module_.train()
        net.partial_fit(torch.randn(6, 5, 4), torch.randint(0, 3, (6,)))
    net.eval()
    net.module_.rnn.train()
    print(net.partial_fit(torch.randn(6, 5, 4), torch.randint(0, 3, (6,))))
