import torch
import torch.nn.functional as F


def _loss_and_embeddings(model, tokens, target):
    emb = model.word_embeddings(tokens).detach().requires_grad_(True)
    logits = model.forward_from_embeddings(emb)
    return F.cross_entropy(logits, torch.full((tokens.size(0),), target)), emb


def embedding_grad(model, tokens, target):
    loss, emb = _loss_and_embeddings(model, tokens, target)
    (g,) = torch.autograd.grad(loss, emb)  # TM001-here
    return g
