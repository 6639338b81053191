from torch import nn


def adversarial_epoch(model, attacker, opt, batches):
    total = 0.0
    for x, y in batches:
        x_adv = attacker.perturb(x, y)
        model.train()
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x_adv), y)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)
