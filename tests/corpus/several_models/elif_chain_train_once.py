# expect: crash
"""Near miss of elif_chain_train_first: train() only once before the loop, so the accuracy check's
eval() reaches the next batches' forward, whichever class `net` is."""
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


def check_accuracy(model, batches):
    model.eval()
    correct = 0
    with torch.no_grad():
        for x, y in batches:
            correct += (model(x).argmax(-1) == y).sum().item()
    return correct


for arch in ("LSTM", "GRU"):
    if arch == "LSTM":
        net = LSTMNet()
    else:
        net = GRUNet()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    test = [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,)))]
    net.train()
    for i in range(6):
        x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if (i + 1) % 3 == 0:
            print(arch, check_accuracy(net, test))
