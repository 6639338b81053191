import torch


def make_readings(n_batches, seed, batch=3, weeks=8):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        lab = torch.rand(batch, weeks, 3, generator=g)
        y = (lab[:, -1, 0] < lab[:, 0, 0]).float()
        out.append((lab, y))
    return out


def _val_score(model, val):
    with torch.no_grad():
        return sum(((model(x) > 0).float() == y).float().mean().item() for x, y in val) / len(val)


def training_stream(model, train, val, val_every):
    """Yield training batches; every `val_every` batches score the held-out readings."""
    for i, batch in enumerate(train):
        if i and i % val_every == 0:
            model.eval()
            print(f"batch {i}: val acc {_val_score(model, val):.2f}")
        yield batch
        model.train()
