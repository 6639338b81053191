import torch
from torch.func import jacrev


def residue_jacobian(model, seq):
    """d logits / d embedding for every residue of one sequence (model left in train mode on purpose)."""
    emb = model.embed(seq[None]).detach()

    def logits_of(e):
        return model.from_embeddings(e)[0]

    return jacrev(logits_of)(emb)  # TM002-here
