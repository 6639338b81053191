# expect: clean
"""The architecture comes from an if/elif chain; each batch starts with net.train(), and an
accuracy check in eval mode runs every few batches."""
import torch
import torch.nn as nn


class LSTMNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class GRUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class ConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, 3)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1))


def check_accuracy(model, batches):
    model.eval()
    correct = 0
    with torch.no_grad():
        for x, y in batches:
            correct += (model(x).argmax(-1) == y).sum().item()
    return correct


for arch in ("LSTM", "GRU", "Conv"):
    if arch == "LSTM":
        net = LSTMNet()
    elif arch == "GRU":
        net = GRUNet()
    else:
        net = ConvNet()
    net.double()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    test = [(torch.randn(4, 5, 3).double(), torch.randint(0, 2, (4,)))]
    for i in range(6):
        net.train()
        x, y = torch.randn(4, 5, 3).double(), torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if (i + 1) % 3 == 0:
            print(arch, check_accuracy(net, test))
