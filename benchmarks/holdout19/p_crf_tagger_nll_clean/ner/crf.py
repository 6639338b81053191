import torch


def crf_nll(em, tags, trans):
    B, T, K = em.shape
    b = torch.arange(B)
    gold = em[b, 0, tags[:, 0]]
    for t in range(1, T):
        gold = gold + trans[tags[:, t - 1], tags[:, t]] + em[b, t, tags[:, t]]
    alpha = em[:, 0]
    for t in range(1, T):
        alpha = torch.logsumexp(alpha.unsqueeze(2) + trans + em[:, t].unsqueeze(1), dim=1)
    return (torch.logsumexp(alpha, -1) - gold).mean()


@torch.no_grad()
def viterbi(em, trans):
    score, back = em[:, 0], []
    for t in range(1, em.shape[1]):
        score, idx = (score.unsqueeze(2) + trans).max(1)
        score = score + em[:, t]
        back.append(idx)
    best = score.argmax(-1)
    path = [best]
    for idx in reversed(back):
        best = idx.gather(1, best[:, None]).squeeze(1)
        path.append(best)
    return torch.stack(path[::-1], 1)
