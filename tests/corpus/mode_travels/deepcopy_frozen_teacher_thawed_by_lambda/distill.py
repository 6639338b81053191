"""Freezing helpers and a teacher/student distiller."""
import torch
import torch.nn.functional as F


def _freeze_one(module):
    module.eval()
    for p in module.parameters(recurse=False):
        p.requires_grad_(False)


def freeze(model):
    return model.apply(_freeze_one)


def unfreeze(model):
    return model.apply(lambda m: [p.requires_grad_(True) for p in m.parameters(recurse=False)])


class Distiller:
    def __init__(self, teacher, student, temperature=2.0, lr=0.01):
        self.teacher = teacher
        self.student = student
        self.t = temperature
        self.opt = torch.optim.SGD([p for p in student.parameters() if p.requires_grad], lr=lr)

    def step(self, x):
        with torch.no_grad():
            soft = (self.teacher(x) / self.t).softmax(-1)
        log_p = (self.student(x) / self.t).log_softmax(-1)
        loss = F.kl_div(log_p, soft, reduction="batchmean")
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()
