# expect: crash
"""Adversarially robust sentence classifier: penalise the gradient norm w.r.t. embeddings (double backward)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BiLSTMClassifier(nn.Module):
    def __init__(self, vocab=50):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.lstm = nn.LSTM(8, 6, batch_first=True, bidirectional=True)
        self.out = nn.Linear(12, 2)

    def forward(self, tokens, return_emb=False):
        e = self.emb(tokens)
        logits = self.out(self.lstm(e)[0].max(1).values)
        return (logits, e) if return_emb else logits


def train_step(model, opt, tokens, labels, lam=0.05):
    model.train()
    logits, e = model(tokens, return_emb=True)
    ce = F.cross_entropy(logits, labels)
    (g,) = torch.autograd.grad(ce, e, create_graph=True)
    loss = ce + lam * g.norm(dim=-1).mean()
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = BiLSTMClassifier()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    tokens, labels = torch.randint(0, 50, (4, 6)), torch.randint(0, 2, (4,))
    for step in range(2):
        print(step, train_step(model, opt, tokens, labels))
