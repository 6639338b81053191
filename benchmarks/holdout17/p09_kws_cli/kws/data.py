import torch


def speech_commands_like(n_batches, bs=4):
    return [(torch.randn(bs, 10, 12), torch.randint(0, 4, (bs,))) for _ in range(n_batches)]
