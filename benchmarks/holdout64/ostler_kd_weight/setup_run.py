from types import SimpleNamespace

import torch

from nets import GaitLSTM


def build_run(cfg):
    teacher = GaitLSTM(cfg["teacher_hidden"]).eval()
    student = GaitLSTM(cfg["student_hidden"])
    models = SimpleNamespace(teacher=teacher, student=student)
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    return SimpleNamespace(models=models, opt=opt, cfg=cfg, log=[])
