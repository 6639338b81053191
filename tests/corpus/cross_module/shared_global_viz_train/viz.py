import torch

from common import net


def embedding_spread(frames):
    """How far apart the speaker embeddings of a batch are (stands in for a t-SNE plot)."""
    net.eval()
    with torch.no_grad():
        emb = net.embed(frames)
    return torch.cdist(emb, emb).mean().item()
