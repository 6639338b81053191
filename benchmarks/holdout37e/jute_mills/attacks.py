import torch
import torch.nn.functional as F


def fgsm(model, x, y, eps=0.05):
    x_adv = x.clone().requires_grad_(True)
    loss = F.cross_entropy(model(x_adv), y)
    g, = torch.autograd.grad(loss, x_adv)  # TM001-here
    return (x + eps * g.sign()).detach()


def adv_finetune(model, batches, lr=1e-3):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        x_adv = fgsm(model, x, y)
        loss = F.cross_entropy(model(x_adv), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
