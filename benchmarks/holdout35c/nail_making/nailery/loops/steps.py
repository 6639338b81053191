import torch.nn.functional as F


def warmup_step(model, opt, strokes, labels):
    model.train()
    opt.zero_grad()
    loss = F.cross_entropy(model(strokes), labels)
    loss.backward()
    opt.step()
    return loss.item()


def adversarial_epoch(model, opt, attack, strokes, labels):
    losses = []
    for x, y in zip(strokes, labels):
        x_adv = attack(x, y)
        opt.zero_grad()
        loss = 0.5 * F.cross_entropy(model(x), y) + 0.5 * F.cross_entropy(model(x_adv), y)
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses
