import torch
import torch.nn.functional as F

from ..attacks import FGSM


def pretrain(model, batches, lr=1e-2):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for vib, target in batches:
        loss = F.mse_loss(model(vib), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def adversarial_finetune(model, batches, lr=5e-3, eps=0.05):
    """Mix clean and FGSM-perturbed traces; keeps whatever mode the caller set."""
    attack = FGSM(model, eps=eps)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    losses = []
    for vib, target in batches:
        adv = attack.perturb(vib, target)
        loss = 0.5 * (F.mse_loss(model(vib), target) + F.mse_loss(model(adv), target))
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
