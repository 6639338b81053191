import torch


def toy_corpus(n, vocab=20):
    g = torch.Generator().manual_seed(n)
    return [(torch.randint(1, vocab, (2, 7), generator=g), torch.randint(1, vocab, (2, 4), generator=g)) for _ in range(n)]
