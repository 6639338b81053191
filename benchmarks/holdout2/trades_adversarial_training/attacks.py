"""Attacks used for adversarial training of sequence models (PGD on continuous inputs)."""
import torch
import torch.nn.functional as F


def pgd_kl(model, x_natural, steps=3, step_size=0.01, epsilon=0.03):
    """TRADES inner maximisation: find x_adv near x_natural maximising KL(model(x_nat) || model(x_adv))."""
    model.eval()
    with torch.no_grad():
        p_natural = F.softmax(model(x_natural), dim=1)
    x_adv = x_natural.detach() + 0.001 * torch.randn_like(x_natural)
    for _ in range(steps):
        x_adv.requires_grad_(True)
        loss_kl = F.kl_div(F.log_softmax(model(x_adv), dim=1), p_natural, reduction="sum")
        grad = torch.autograd.grad(loss_kl, [x_adv])[0]  # TM001-here
        x_adv = x_adv.detach() + step_size * torch.sign(grad.detach())
        x_adv = torch.min(torch.max(x_adv, x_natural - epsilon), x_natural + epsilon)
    model.train()
    return x_adv.detach()


def trades_loss(model, x, y, beta=6.0):
    x_adv = pgd_kl(model, x)
    logits = model(x)
    robust = F.kl_div(F.log_softmax(model(x_adv), dim=1), F.softmax(logits, dim=1), reduction="batchmean")
    return F.cross_entropy(logits, y) + beta * robust
