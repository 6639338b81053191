"""Attacks in the style of older toolkits: a plain `object` base that puts the victim in eval mode."""
import torch
import torch.nn.functional as F


class Attack(object):
    def __init__(self, model):
        self.model = model
        self.model.eval()  # a deterministic victim

    def __call__(self, inputs, labels):
        return self.perturb(inputs, labels)


class GradientSign(Attack):
    def __init__(self, model, eps=0.1):
        super(GradientSign, self).__init__(model)
        self.eps = eps

    def perturb(self, inputs, labels):
        inputs = inputs.clone().detach().requires_grad_(True)
        loss = F.cross_entropy(self.model(inputs), labels)
        grad = torch.autograd.grad(loss, inputs)[0]
        return (inputs + self.eps * grad.sign()).detach()


ATTACKS = {"sign": GradientSign}


def make_attack(name, model, **options):
    return ATTACKS[name](model, **options)
