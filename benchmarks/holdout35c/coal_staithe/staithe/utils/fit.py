import torch.nn.functional as F


def train_members(ens, opt, data):
    """Each member fits the target on its own; the loss is their mean."""
    for x, y in data:
        opt.zero_grad()
        loss = sum(F.mse_loss(p, y) for p in ens.each(x)) / len(ens.members)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
