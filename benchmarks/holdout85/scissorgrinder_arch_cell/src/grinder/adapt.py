import torch


def calibrate(model, x):
    model.eval()
    with torch.no_grad():
        pred = model(x)
    return pred.mean().item(), pred.std().item()


def adapt_step(model, opt, x, target_mean):
    """One test-time step pulling the batch mean prediction toward the calibrated mean."""
    opt.zero_grad()
    pred = model(x)
    loss = (pred.mean() - target_mean) ** 2 + 1e-3 * pred.var()
    loss.backward()
    opt.step()
    return loss.item()
