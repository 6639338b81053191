import torch
import torch.nn.functional as F


def distill_step(student, teacher, opt, x, realism_weight=0.1):
    student.train()
    with torch.no_grad():
        t_height, _ = teacher(x)
    s_height, recon = student(x)
    with torch.no_grad():
        # realism is only logged and used as a fixed per-batch weight
        _, realism = teacher(recon)
    loss = F.mse_loss(s_height, t_height) + (1.0 + realism_weight * torch.sigmoid(realism.mean())) * F.mse_loss(recon, x)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return {"loss": loss.item(), "realism": realism.mean().item()}
