import torch


def rerank(acoustic, lm_scores, weight):
    return torch.argmax(acoustic + weight * lm_scores)


def mwer_step(scorer, opt, hyps, acoustic, errors, weight=0.5):
    """Minimum-WER style fine-tuning of the LM on an n-best list."""
    total = acoustic + weight * scorer.score(hyps)
    post = torch.softmax(total, 0)
    loss = (post * (errors - errors.mean())).sum()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
