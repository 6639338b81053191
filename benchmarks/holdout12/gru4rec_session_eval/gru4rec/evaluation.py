import torch

from .utils import evaluating


class SessionEvaluator:
    def __init__(self, sessions, cutoff=5):
        self.sessions, self.cutoff, self.history = sessions, cutoff, []

    def __call__(self, model, epoch):
        hits, n = 0, 0
        with evaluating(model) as m:
            for s in self.sessions:
                H = torch.zeros(m.GRU.num_layers, 1, m.GRU.hidden_size)
                for t in range(len(s) - 1):
                    logits, H = m(s[t:t + 1], H)
                    hits += int(s[t + 1] in logits.topk(self.cutoff).indices)
                    n += 1
        self.history.append(hits / max(n, 1))
