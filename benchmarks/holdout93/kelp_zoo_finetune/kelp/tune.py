import torch
import torch.nn.functional as F


def finetune(model, batches, steps=4, lr=1e-2):
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=lr)
    losses = []
    for step in range(steps):
        x, y = batches[step % len(batches)]
        loss = F.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses
