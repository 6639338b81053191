# expect: crash
"""Brickfield kiln: classify firing curves (under/ok/over-fired) with few labels.
Mean-teacher consistency: the EMA teacher shares the student's token embedding
so both see the same thermocouple codes."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)
N_CODES, EMB, HIDDEN = 12, 6, 8


class FiringEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(EMB, HIDDEN, batch_first=True)
        self.cls = nn.Linear(HIDDEN, 3)

    def forward(self, e):
        h, _ = self.rnn(e)
        return self.cls(h[:, -1])


class MeanTeacher:
    def __init__(self, student, decay=0.9):
        self.teacher = copy.deepcopy(student).eval()
        for p in self.teacher.parameters():
            p.requires_grad_(False)
        self.decay = decay

    @torch.no_grad()
    def update(self, student):
        for t, s in zip(self.teacher.parameters(), student.parameters()):
            t.mul_(self.decay).add_(s, alpha=1 - self.decay)

    def __call__(self, e):
        return self.teacher(e)


def augment(codes):
    noise = torch.randint(0, N_CODES, codes.shape)
    keep = torch.rand(codes.shape) > 0.15
    return torch.where(keep, codes, noise)


def main():
    embed = nn.Embedding(N_CODES, EMB)
    student = FiringEncoder()
    mt = MeanTeacher(student)
    opt = torch.optim.Adam(list(embed.parameters()) + list(student.parameters()), lr=1e-2)
    labelled = (torch.randint(0, N_CODES, (4, 7)), torch.randint(0, 3, (4,)))
    unlabelled = torch.randint(0, N_CODES, (6, 7))
    student.train()
    for step in range(3):
        sup = F.cross_entropy(student(embed(labelled[0])), labelled[1])
        s_logits = student(embed(augment(unlabelled)))
        t_probs = F.softmax(mt(embed(augment(unlabelled))), -1)
        cons = F.mse_loss(F.softmax(s_logits, -1), t_probs)
        loss = sup + 2.0 * cons
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        mt.update(student)
        print(step, round(sup.item(), 4), round(cons.item(), 4))


if __name__ == "__main__":
    main()
