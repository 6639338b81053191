import torch


def make_instances(n_batches, batch_size=4, seq_len=6, vocab=20, num_tags=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    batches = []
    for _ in range(n_batches):
        tokens = torch.randint(0, vocab, (batch_size, seq_len), generator=g)
        tags = tokens % num_tags
        batches.append({"tokens": tokens, "tags": tags})
    return batches
