"""Wrapper with a scikit-like interface around the session model."""
import torch
import torch.nn.functional as F

from model import GRU4Rec


class SessionRecommender:
    def __init__(self, n_items, batch_size=4, lr=0.01, eval_every=3):
        self.net = GRU4Rec(n_items)
        self.batch_size = batch_size
        self.opt = torch.optim.Adagrad(self.net.parameters(), lr=lr)
        self.eval_every = eval_every

    def recall_at_k(self, sessions, k=5):
        self.net.eval()
        hits = total = 0
        with torch.no_grad():
            for s in sessions:
                h = self.net.init_hidden(1)
                for a, b in zip(s[:-1], s[1:]):
                    logits, h = self.net(a.view(1), h)
                    hits += int(b in logits.topk(k).indices)
                    total += 1
        return hits / max(total, 1)

    def fit(self, clicks, valid_sessions, epochs=1):
        # clicks: (steps, batch) item ids of parallel sessions; resets: where a new session starts
        for epoch in range(epochs):
            self.net.train()
            hidden = self.net.init_hidden(self.batch_size)
            for step in range(clicks.size(0) - 1):
                hidden = hidden.detach()
                logits, hidden = self.net(clicks[step], hidden)
                loss = F.cross_entropy(logits, clicks[step + 1])
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
                if (step + 1) % self.eval_every == 0:
                    print(f"step {step + 1}: loss {loss.item():.3f} recall@5 {self.recall_at_k(valid_sessions):.2f}")
        return self
