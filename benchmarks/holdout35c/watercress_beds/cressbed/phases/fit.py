import torch
import torch.nn.functional as F


def fit(net, opt, batches):
    loss = torch.zeros(())
    for x, y in batches:
        opt.zero_grad()
        loss = F.huber_loss(net(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def fit_without_cudnn(net, opt, batches):
    with torch.backends.cudnn.flags(enabled=False):
        return fit(net, opt, batches)
