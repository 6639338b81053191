# expect: clean
"""A speech-command trainer runs a per-epoch schedule of phases passed in by the script; each epoch's mode comes
from its first phase (`train(mode=phases[0] != "eval")`); every epoch fits first, so the LSTM trains in train
mode."""
import torch
import torch.nn as nn


class CommandNet(nn.Module):
    def __init__(self, mels=8, hidden=12, words=5):
        super().__init__()
        self.lstm = nn.LSTM(mels, hidden, batch_first=True)
        self.out = nn.Linear(hidden, words)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


class Trainer:
    def __init__(self, net):
        self.net = net
        self.opt = torch.optim.SGD(net.parameters(), lr=0.05)

    def fit_phase(self, x, y):
        loss = nn.functional.cross_entropy(self.net(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def eval_phase(self, x, y):
        with torch.no_grad():
            return (self.net(x).argmax(-1) == y).float().mean().item()

    def run(self, schedule, batches):
        for epoch, phases in enumerate(schedule):
            self.net.train(mode=phases[0] != "eval")
            for phase in phases:
                score = getattr(self, phase + "_phase")(*batches[phase])
                print(epoch, phase, round(score, 3))


if __name__ == "__main__":
    torch.manual_seed(2)
    batches = {p: (torch.randn(4, 6, 8), torch.randint(0, 5, (4,))) for p in ("fit", "eval")}
    Trainer(CommandNet()).run([("fit", "eval"), ("fit", "eval")], batches)
