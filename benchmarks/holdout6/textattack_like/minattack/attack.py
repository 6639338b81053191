"""A tiny torchattacks-like toolkit: attacks put the victim in eval mode when built."""
import torch
import torch.nn.functional as F


class Attack:
    def __init__(self, name, model):
        self.name = name
        self.model = model
        self.model.eval()  # deterministic victim, as attack libraries do by default

    def forward(self, inputs, labels):
        raise NotImplementedError

    def __call__(self, inputs, labels):
        return self.forward(inputs, labels)


class EmbeddingFGSM(Attack):
    """Fast gradient sign perturbation in embedding space (the model takes embeddings)."""

    def __init__(self, model, eps=0.1):
        super().__init__("EmbeddingFGSM", model)
        self.eps = eps

    def forward(self, embeds, labels):
        embeds = embeds.clone().detach().requires_grad_(True)
        loss = F.cross_entropy(self.model(embeds), labels)
        grad = torch.autograd.grad(loss, embeds)[0]  # TM001-here
        return (embeds + self.eps * grad.sign()).detach()


ATTACKS = {"fgsm": EmbeddingFGSM}


def build(name, model, **kw):
    return ATTACKS[name](model, **kw)
