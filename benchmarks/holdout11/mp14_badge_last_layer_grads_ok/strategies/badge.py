import torch
import torch.nn.functional as F

from .base import Strategy


def kmeans_pp(X, k):
    idx = [int(X.norm(dim=1).argmax())]
    for _ in range(1, k):
        d = torch.cdist(X, X[idx]).min(1).values ** 2
        d[idx] = 0
        idx.append(int(torch.multinomial(d / d.sum(), 1)))
    return idx


class BadgeSampling(Strategy):
    def gradient_embeddings(self, x):
        """Gradient of the loss at the hypothesised label w.r.t. the last layer's weight, per example.

        The model is in eval mode and the forward records a graph through the LSTM, but autograd.grad is asked
        for net.fc.weight only: the engine runs just the nodes on the path to it, never the LSTM's backward.
        """
        self.net.eval()
        out = []
        for i in range(x.size(0)):
            logits, _ = self.net(x[i:i + 1])
            loss = F.cross_entropy(logits, logits.argmax(-1).detach())
            g, = torch.autograd.grad(loss, self.net.fc.weight)
            out.append(g.flatten())
        return torch.stack(out)

    def query(self, n):
        unlabeled = (~self.idxs_lb).nonzero().flatten()
        g = self.gradient_embeddings(self.pool_x[unlabeled])
        return unlabeled[kmeans_pp(g, n)]
