import torch


def masked_mae(pred, target):
    mask = (target != 0).float()
    return ((pred - target).abs() * mask).sum() / mask.sum().clamp(min=1)


def train_one_epoch(model, batches, opt, max_grad_norm):
    model.train()
    losses = []
    for x, y in batches:
        losses.append(optimise(model, x, y, opt, max_grad_norm))
    return sum(losses) / len(losses)


def optimise(model, x, y, opt, max_grad_norm):
    loss = masked_mae(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_grad_norm)
    opt.step()
    return loss.item()


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(masked_mae(model(x), y).item() for x, y in batches) / len(batches)
