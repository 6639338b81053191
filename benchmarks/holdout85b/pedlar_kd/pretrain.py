import torch
import torch.nn.functional as F


def pretrain_teacher(teacher, data, labels, steps):
    opt = torch.optim.Adam(teacher.parameters(), 1e-2)
    for _ in range(steps):
        loss = F.cross_entropy(teacher(data), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher
