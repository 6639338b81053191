import torch
import torch.nn as nn
import torch.nn.functional as F


def _freeze_module(module):
    module.eval()
    for p in module.parameters(recurse=False):
        p.requires_grad_(False)


def freeze(model):
    model.apply(_freeze_module)
    return model


def unfreeze(model):
    model.apply(lambda m: [p.requires_grad_(True) for p in m.parameters(recurse=False)])
    return model


class Distiller:
    def __init__(self, teacher, student, temperature, alpha, lr):
        self.teacher = teacher
        self.student = student
        self.t = temperature
        self.alpha = alpha
        self.opt = torch.optim.Adam([p for p in student.parameters() if p.requires_grad], lr=lr)

    def step(self, x, y):
        with torch.no_grad():
            soft = F.softmax(self.teacher(x) / self.t, dim=-1)
        logits = self.student(x)
        kd = F.kl_div(F.log_softmax(logits / self.t, dim=-1), soft, reduction="batchmean") * self.t ** 2
        loss = self.alpha * kd + (1 - self.alpha) * F.cross_entropy(logits, y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, batches):
        return [self.step(x, y) for x, y in batches]
