# expect: crash
"""SmoothGrad over a serving wrapper: the wrapper puts the classifier in eval when it is built, and its
bound method `logits` is handed to a gradient helper that differentiates through it."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class IntentClassifier(nn.Module):
    def __init__(self, vocab=30, dim=8, hidden=10, n_intents=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = nn.GRU(dim, hidden, batch_first=True)
        self.classify = nn.Linear(hidden, n_intents)

    def forward_embedded(self, emb):
        return self.classify(self.encoder(emb)[1][-1])


class ServingModel:
    def __init__(self, classifier):
        self.classifier = classifier.eval()

    def logits(self, emb):
        return self.classifier.forward_embedded(emb)


def smooth_grad(score_fn, emb, samples=4, sigma=0.1):
    total = torch.zeros_like(emb)
    for _ in range(samples):
        noisy = (emb + sigma * torch.randn_like(emb)).requires_grad_(True)
        score = score_fn(noisy).max(dim=-1).values.sum()
        total += torch.autograd.grad(score, noisy)[0]  # TM001-here
    return total / samples


clf = IntentClassifier()
tokens = torch.randint(0, 30, (2, 6))
served = ServingModel(clf)
saliency = smooth_grad(served.logits, clf.embed(tokens).detach())
print("token saliency", saliency.norm(dim=-1))
