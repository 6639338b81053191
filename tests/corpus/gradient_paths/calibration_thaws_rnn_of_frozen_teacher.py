# expect: crash
"""Dive-computer stop prediction: the teacher of a mean-teacher run is a frozen deep copy, evaluated after training;
a calibration step then unfreezes its head and its LSTM itself and fine-tunes them on validation data, the
teacher still in eval mode from `evaluate()`. The caller froze the teacher whole and the inputs need no grad,
but the callee's own unfreezing builds the LSTM's backward. The engine once judged the forward by the caller's
freeze alone."""
import copy
import torch
from torch import nn
import torch.nn.functional as F


class StopNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Linear(8, 4)

    def forward(self, x):
        out, _ = self.rnn(F.gelu(self.embed(x)))
        return self.head(out[:, -1])


def evaluate(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).sum().item()


def calibrate_head(model, x, y):
    for p in model.embed.parameters():
        p.requires_grad_(False)
    for p in list(model.head.parameters()) + list(model.rnn.parameters()):
        p.requires_grad_(True)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


def main():
    student = StopNet()
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    x, y = torch.randn(2, 5, 3), torch.tensor([0, 1])
    evaluate(teacher, x)
    calibrate_head(teacher, x, y)


if __name__ == "__main__":
    main()
