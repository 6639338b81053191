# expect: clean
"""Semi-supervised pseudo-labelling (Lee 2013 / Noisy Student flavour): a teacher
is a deep copy of the student, put in eval mode, labels the unlabelled pool under
no_grad with a confidence threshold; the student trains on labelled +
confident pseudo-labelled data in train mode. Each round the teacher is
replaced by a fresh copy of the student (and set to eval again).
"""
import copy

import torch
import torch.nn as nn


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(3, 10, batch_first=True, num_layers=2, dropout=0.2)
        self.classifier = nn.Linear(10, 3)

    def forward(self, x):
        return self.classifier(self.encoder(x)[0][:, -1])


def make_teacher(student):
    teacher = copy.deepcopy(student)
    teacher.eval()
    return teacher


@torch.no_grad()
def pseudo_label(teacher, pool, threshold=0.34):
    probs = teacher(pool).softmax(-1)
    conf, labels = probs.max(-1)
    keep = conf > threshold
    return pool[keep], labels[keep]


torch.manual_seed(0)
student = Student()
opt = torch.optim.Adam(student.parameters(), lr=1e-2)
lab_x, lab_y = torch.randn(8, 6, 3), torch.randint(0, 3, (8,))
pool = torch.randn(20, 6, 3)
for rnd in range(3):
    teacher = make_teacher(student)
    px, py = pseudo_label(teacher, pool)
    x, y = torch.cat([lab_x, px]), torch.cat([lab_y, py])
    student.train()
    for _ in range(2):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(student(x), y)
        loss.backward()
        opt.step()
    print(f"round {rnd}: {len(px)} pseudo-labels, loss {loss.item():.3f}")
