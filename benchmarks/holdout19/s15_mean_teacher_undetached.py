# expect: crash
"""Mean teacher where the teacher is a deepcopy that still requires grad and its output is not detached."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 6, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(12, 4)

    def forward(self, x):
        return self.fc(self.lstm(x)[0])


class MeanTeacher:
    def __init__(self, model, alpha=0.95):
        self.student = model
        self.teacher = copy.deepcopy(model)
        self.teacher.eval()
        self.alpha = alpha
        self.opt = torch.optim.SGD(self.student.parameters(), lr=0.05)

    def step(self, xl, yl, xu):
        self.student.train()
        s_l = self.student(xl)
        sup = F.cross_entropy(s_l.reshape(-1, 4), yl.reshape(-1))
        s_u = F.log_softmax(self.student(xu), -1)
        t_u = F.softmax(self.teacher(xu), -1)
        cons = F.kl_div(s_u, t_u, reduction="batchmean")
        loss = sup + 0.3 * cons
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        with torch.no_grad():
            for t, s in zip(self.teacher.parameters(), self.student.parameters()):
                t.mul_(self.alpha).add_(s, alpha=1 - self.alpha)
        return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    mt = MeanTeacher(Tagger())
    for i in range(2):
        print(i, mt.step(torch.randn(3, 4, 5), torch.randint(0, 4, (3, 4)), torch.randn(5, 4, 5)))
