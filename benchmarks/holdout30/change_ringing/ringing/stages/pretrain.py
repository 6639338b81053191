import torch
import torch.nn.functional as F


def pretrain(models, rows, target, steps=2):
    models.teacher.train()
    opt = torch.optim.Adam(models.teacher.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = F.mse_loss(models.teacher(rows), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    models.teacher.eval()
    return models
