# expect: clean
"""Pseudo-labelling rounds; the student is a fresh module that loads the teacher's weights."""
import torch
import torch.nn as nn
import torch.nn.functional as F

CFG = dict(d_in=4, hidden=8, n_cls=2)


class SeqCls(nn.Module):
    def __init__(self, d_in, hidden, n_cls):
        super().__init__()
        self.rnn = nn.GRU(d_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def fit(model, x, y, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(steps):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    return model


def pseudo_label(teacher, xu):
    teacher.eval()
    with torch.no_grad():
        return xu, teacher(xu).argmax(-1)


if __name__ == "__main__":
    torch.manual_seed(0)
    xl, yl, xu = torch.randn(6, 5, 4), torch.randint(0, 2, (6,)), torch.randn(8, 5, 4)
    teacher = fit(SeqCls(**CFG), xl, yl)
    for rnd in range(2):
        xp, yp = pseudo_label(teacher, xu)
        student = SeqCls(**CFG)
        student.load_state_dict(teacher.state_dict())
        teacher = fit(student, torch.cat([xl, xp]), torch.cat([yl, yp]))
        print("round", rnd, yp.tolist())
