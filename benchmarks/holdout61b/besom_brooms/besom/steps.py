import torch.nn.functional as F


def train_step(model, opt, batch):
    x, y = batch
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def finetune_step(model, opt, batch):
    x, y = batch
    loss = F.mse_loss(model(x), y) + 1e-4 * sum(p.pow(2).sum() for p in model.parameters())
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
