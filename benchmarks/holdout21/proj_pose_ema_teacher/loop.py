import torch
import torch.nn.functional as F


def consistency_step(student, teacher_net, opt, past, future, w=0.5):
    """Mean-teacher style: the teacher copy is evaluated without grad, the student is trained."""
    teacher_net.eval()
    with torch.no_grad():
        target = teacher_net(past + 0.01 * torch.randn_like(past))
    pred = student(past)
    loss = F.mse_loss(pred, future) + w * F.mse_loss(pred, target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


@torch.no_grad()
def mpjpe(model, past, future):
    return (model(past) - future).norm(dim=-1).mean().item()
