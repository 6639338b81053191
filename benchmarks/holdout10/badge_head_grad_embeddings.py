# expect: clean
"""BADGE active learning (Ash et al.): gradient embeddings of the hypothesised-label loss
w.r.t. the *last linear layer's* weight, taken with torch.autograd.grad on an eval-mode
LSTM classifier. Backward only needs the path from the loss to classifier.weight, which
does not traverse the LSTM, so the eval-mode cuDNN kernel is never differentiated.
"""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(6, 10, batch_first=True)
        self.classifier = nn.Linear(10, 3)

    def forward(self, x):
        return self.classifier(self.encoder(x)[0][:, -1])


def gradient_embeddings(model, pool):
    model.eval()
    embs = []
    for i in range(pool.size(0)):
        logits = model(pool[i:i + 1])
        y_hat = logits.argmax(-1)
        loss = nn.functional.cross_entropy(logits, y_hat)
        g, = torch.autograd.grad(loss, model.classifier.weight)
        embs.append(g.flatten())
    return torch.stack(embs)


def kmeans_pp(embs, k):
    chosen = [embs.norm(dim=1).argmax().item()]
    for _ in range(k - 1):
        d = torch.cdist(embs, embs[chosen]).min(1).values
        chosen.append(torch.multinomial(d ** 2 + 1e-12, 1).item())
    return chosen


if __name__ == "__main__":
    torch.manual_seed(54)
    model = Classifier()
    pool = torch.randn(10, 5, 6)
    print("query", kmeans_pp(gradient_embeddings(model, pool), k=3))
