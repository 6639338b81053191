# expect: crash
"""Osier-cutter rod grading: one script, several architectures chosen by name; pretrained
backbones come back in eval mode and are then fine-tuned."""
import torch
from torch import nn


class ConvGrader(nn.Module):
    def __init__(self, n_in=3, n_cls=3):
        super().__init__()
        self.conv = nn.Conv1d(n_in, 8, 3, padding=1)
        self.bn = nn.BatchNorm1d(8)
        self.fc = nn.Linear(8, n_cls)

    def forward(self, x):
        return self.fc(torch.relu(self.bn(self.conv(x.transpose(1, 2)))).mean(-1))


class RecurrentGrader(nn.Module):
    def __init__(self, n_in=3, n_cls=3):
        super().__init__()
        self.rnn = nn.GRU(n_in, 8, batch_first=True)
        self.fc = nn.Linear(8, n_cls)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def build(arch, pretrained):
    if arch == "conv":
        net = ConvGrader()
        if pretrained:
            net.eval()  # BN statistics from the pretraining corpus
    elif arch == "gru":
        net = RecurrentGrader()
        if pretrained:
            net.eval()
    else:
        raise ValueError(arch)
    return net


def finetune(net, data):
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for x, y in data:
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(9)
    data = [(torch.randn(4, 10, 3), torch.randint(0, 3, (4,))) for _ in range(2)]
    for arch in ("conv", "gru"):
        net = build(arch, pretrained=True)
        print(arch, finetune(net, data))
