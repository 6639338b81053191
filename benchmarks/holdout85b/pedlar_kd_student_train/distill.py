import copy

import torch
import torch.nn.functional as F


def build_student(teacher):
    """Start the student from the teacher's weights (a warm start)."""
    student = copy.deepcopy(teacher)
    for p in student.parameters():
        p.requires_grad_(True)
    return student.train()


def distill(teacher, student, data, steps, T):
    opt = torch.optim.SGD(student.parameters(), lr=0.05)
    out = []
    for _ in range(steps):
        with torch.no_grad():
            soft = F.softmax(teacher(data) / T, -1)
        loss = F.kl_div(F.log_softmax(student(data) / T, -1), soft, reduction="batchmean") * T * T
        opt.zero_grad()
        loss.backward()
        opt.step()
        out.append(loss.item())
    return out
