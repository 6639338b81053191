# expect: crash
"""Ice-rink resurfacing times: a pool of teachers takes turns distilling into a student, and the student itself
sits in the pool as a self-distillation slot. `pick()` puts whichever teacher it hands out in eval mode; on the
student's turn the student's own GRU is left in eval mode for the forward that the KL loss back-propagates."""
import torch
import torch.nn as nn


class Resurface(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 4)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class Rota:
    def __init__(self, teachers, also=None):
        self.members = list(teachers) + ([also] if also is not None else [])
        self.turn = 0

    def pick(self):
        chosen = self.members[self.turn % len(self.members)]
        self.turn += 1
        chosen.eval()
        return chosen


def distill(student, rota, batches):
    opt = torch.optim.SGD(student.parameters(), lr=0.05)
    student.train()
    for x in batches:
        teacher = rota.pick()
        with torch.no_grad():
            target = teacher(x).softmax(-1)
        loss = nn.functional.kl_div(student(x).log_softmax(-1), target, reduction="batchmean")
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


torch.manual_seed(3)
student = Resurface(6)
rota = Rota([Resurface(8)], also=student)
print(distill(student, rota, [torch.randn(2, 5, 3) for _ in range(3)]))
