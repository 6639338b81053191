import torch


def _session(seed, n=3, t=7, vocab=15):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        yield torch.randint(0, vocab, (2, t), generator=g)


def training_stream(round_):
    yield from _session(100 + round_)
    yield from _session(200 + round_, n=1)


def scoring_stream(round_):
    yield from _session(300 + round_, n=2)
