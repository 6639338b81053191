import torch


def diagonal_fisher(model, batches, params):
    """Empirical Fisher on the model's own predicted labels, evaluated without dropout."""
    model.eval()
    names = list(params)
    fisher = {n: torch.zeros_like(p) for n, p in params.items()}
    for x in batches:
        logp = torch.log_softmax(model(x), -1)
        y = logp.argmax(-1)
        nll = -logp.gather(1, y[:, None]).mean()
        grads = torch.autograd.grad(nll, [params[n] for n in names])
        for n, g in zip(names, grads):
            fisher[n] += g.pow(2) / len(batches)
    return fisher
