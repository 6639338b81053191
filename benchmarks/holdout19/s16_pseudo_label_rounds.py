# expect: crash
"""Pseudo-labelling in rounds: the teacher labels unlabelled sequences, a copy of it becomes the student."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F


class SeqCls(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 8, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def fit(model, x, y, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(steps):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()  # TM001-here
        opt.step()
    return model


def pseudo_label(teacher, xu, thresh=0.0):
    teacher.eval()
    with torch.no_grad():
        prob = F.softmax(teacher(xu), -1)
    conf, lab = prob.max(-1)
    keep = conf >= thresh
    return xu[keep], lab[keep]


def main():
    torch.manual_seed(0)
    xl, yl = torch.randn(6, 5, 4), torch.randint(0, 2, (6,))
    xu = torch.randn(10, 5, 4)
    teacher = fit(SeqCls(), xl, yl)
    for rnd in range(2):
        xp, yp = pseudo_label(teacher, xu)
        student = copy.deepcopy(teacher)
        student = fit(student, torch.cat([xl, xp]), torch.cat([yl, yp]))
        teacher = student
        print("round", rnd, len(yp))


if __name__ == "__main__":
    main()
