import torch
import torch.nn.functional as F


def distill_step(student, teacher, opt, x, realism_weight=0.1):
    student.train()
    with torch.no_grad():
        t_height, _ = teacher(x)
    s_height, recon = student(x)
    _, realism = teacher(recon)
    loss = F.mse_loss(s_height, t_height) + F.mse_loss(recon, x) - realism_weight * realism.mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return {"loss": loss.item(), "realism": realism.mean().item()}
