import torch


def sample_candidates(model, src, n, length=5):
    model.eval()
    cands = []
    with torch.no_grad():
        for _ in range(n):
            tgt = torch.zeros(src.shape[0], 1, dtype=torch.long)
            for _ in range(length):
                probs = model(src, tgt)[:, -1].softmax(-1)
                tgt = torch.cat([tgt, torch.multinomial(probs, 1)], 1)
            cands.append(tgt)
    return cands


def token_cost(hyp, ref):
    m = min(hyp.shape[1], ref.shape[1])
    return 1.0 - (hyp[:, :m] == ref[:, :m]).float().mean(1)


def mrt_loss(model, src, ref, cands, alpha):
    model.train()
    scores = torch.stack([alpha * model.sequence_logprob(src, c) for c in cands], 1)
    q = scores.softmax(1)
    costs = torch.stack([token_cost(c, ref) for c in cands], 1)
    return (q * costs).sum(1).mean()
