import torch


def input_grad_penalty(pred, x):
    (g,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return g.pow(2).sum(dim=(1, 2)).mean()


PENALTIES = {"input_grad": input_grad_penalty}
