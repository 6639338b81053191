import torch


def plain_hunt(bells, rows):
    row = list(range(bells))
    seq = []
    for r in range(rows):
        seq.extend(row)
        start = r % 2
        for i in range(start, bells - 1, 2):
            row[i], row[i + 1] = row[i + 1], row[i]
    return seq


def noisy_rows(n, bells=6, rows=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    base = torch.tensor(plain_hunt(bells, rows + 1))
    out = []
    for _ in range(n):
        s = base.clone()
        if torch.rand(1, generator=g).item() < 0.5:
            i = torch.randint(0, len(s) - 1, (1,), generator=g).item()
            s[i], s[i + 1] = s[i + 1].item(), s[i].item()  # a clash
        out.append(s)
    seq = torch.stack(out)
    return seq[:, :-1], seq[:, 1:]


def peal_stream(model, n_batches, touch_every):
    for b in range(n_batches):
        model.train()
        yield "practice", noisy_rows(4, seed=b)
        if (b + 1) % touch_every == 0:
            model.eval()
            yield "touch", noisy_rows(4, seed=1000 + b)
