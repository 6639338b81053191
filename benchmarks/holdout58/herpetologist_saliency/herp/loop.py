import torch
import torch.nn.functional as F


def make_split(n_batches, bs=4, t=9, n_mel=6, n_species=4):
    data = [(torch.randn(bs, t, n_mel), torch.randint(0, n_species, (bs,))) for _ in range(n_batches)]
    probe = torch.randn(2, t, n_mel)
    return data, probe


def run_epoch(model, opt, batches):
    total = 0.0
    for spec, label in batches:
        loss = F.cross_entropy(model(spec), label, label_smoothing=0.05)
        opt.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        total += loss.item()
    return total / len(batches)
