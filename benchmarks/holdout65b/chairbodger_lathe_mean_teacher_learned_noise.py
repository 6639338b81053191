# expect: crash
"""chairbodger: classify pole-lathe chair-leg turning quality from treadle rhythm.

Mean-teacher consistency training: the EMA teacher sees a noised copy of each
unlabelled batch. The noise is learned: a small perturbation net is trained to
make the teacher disagree with the student (adversarial consistency).
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)


class TreadleNet(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hid, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hid, 3)

    def forward(self, x):
        return self.fc(self.drop(self.lstm(x)[0][:, -1]))


@torch.no_grad()
def ema_update(teacher, student, decay=0.9):
    for t, s in zip(teacher.parameters(), student.parameters()):
        t.mul_(decay).add_(s, alpha=1 - decay)


student = TreadleNet()
teacher = copy.deepcopy(student).eval()
for p in teacher.parameters():
    p.requires_grad_(False)
noiser = nn.Linear(2, 2)
opt = torch.optim.Adam(list(student.parameters()) + list(noiser.parameters()), lr=5e-3)

for step in range(6):
    xl, yl = torch.randn(4, 10, 2), torch.randint(0, 3, (4,))
    xu = torch.randn(6, 10, 2)
    student.train()
    sup = F.cross_entropy(student(xl), yl)
    target = teacher(xu + 0.05 * torch.tanh(noiser(xu))).softmax(-1)
    cons = F.mse_loss(student(xu).softmax(-1), target)
    loss = sup + 2.0 * cons
    opt.zero_grad()
    loss.backward()  # TM001-here
    for p in noiser.parameters():
        p.grad.neg_()   # noiser ascends the consistency loss
    opt.step()
    ema_update(teacher, student)
    print(step, round(sup.item(), 4), round(cons.item(), 4))
