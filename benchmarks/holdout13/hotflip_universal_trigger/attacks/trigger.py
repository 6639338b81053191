import torch

from .gradients import embedding_grad


def hotflip_candidates(embedding_matrix, grad_at_trigger, k=1):
    scores = torch.einsum("bld,vd->blv", grad_at_trigger, embedding_matrix)
    return (-scores.mean(0)).topk(k, dim=-1).indices[:, 0]


def find_trigger(model, tokens, target, trigger_len=3, iters=3):
    trigger = torch.zeros(trigger_len, dtype=torch.long)
    for _ in range(iters):
        batch = torch.cat([trigger.expand(tokens.size(0), -1), tokens], 1)
        g = embedding_grad(model, batch, target)
        trigger = hotflip_candidates(model.word_embeddings.weight.detach(), g[:, :trigger_len])
    return trigger
