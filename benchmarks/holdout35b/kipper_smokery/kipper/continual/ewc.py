import torch


def diagonal_fisher(model, batches):
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for x, y in batches:
        model.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.detach() ** 2 / len(batches)
    model.zero_grad()
    anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
    return fisher, anchor


def ewc_penalty(model, fisher, anchor):
    return sum((fisher[n] * (p - anchor[n]) ** 2).sum() for n, p in model.named_parameters())
