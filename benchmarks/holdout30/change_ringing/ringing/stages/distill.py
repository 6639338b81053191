import torch
import torch.nn.functional as F


def distill(models, rows, steps=3):
    opt = torch.optim.Adam(models.student.parameters(), lr=1e-2)
    for _ in range(steps):
        with torch.no_grad():
            soft = models.teacher(rows)
        loss = F.mse_loss(models.student(rows), soft)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
