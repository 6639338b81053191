# expect: clean
"""Query-intent classifier hardened with FGSM + random init (Wong et al. style); the attack forward runs with cuDNN off."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB, N_INTENT = 30, 5


class IntentGRU(nn.Module):
    def __init__(self, emb=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, N_INTENT)

    def encode(self, tokens):
        return self.emb(tokens)

    def classify(self, embedded):
        _, h = self.rnn(embedded)
        return self.head(h[-1])


def fgsm_rs(model, tokens, labels, eps, alpha):
    """Perturb the embeddings; the attack runs with dropout etc. off, as in the paper's eval-mode attack."""
    model.eval()
    emb = model.encode(tokens).detach()
    delta = torch.empty_like(emb).uniform_(-eps, eps).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        loss = F.cross_entropy(model.classify(emb + delta), labels)
    grad, = torch.autograd.grad(loss, delta)
    delta = (delta + alpha * grad.sign()).clamp(-eps, eps).detach()
    model.train()
    return emb + delta


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--eps", type=float, default=0.1)
    ap.add_argument("--steps", type=int, default=2)
    args = ap.parse_args(argv)
    torch.manual_seed(2)
    model = IntentGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(args.steps):
        tokens = torch.randint(0, VOCAB, (4, 6))
        labels = torch.randint(0, N_INTENT, (4,))
        adv = fgsm_rs(model, tokens, labels, args.eps, 1.25 * args.eps)
        loss = F.cross_entropy(model.classify(adv), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main([])
