# expect: clean
"""Gradient penalty on word embeddings (double backward) for an LSTM sentiment model.

The penalised forward and both backwards run with cuDNN disabled.
"""
import torch
import torch.nn as nn


class Sentiment(nn.Module):
    def __init__(self, vocab=30):
        super().__init__()
        self.emb = nn.Embedding(vocab, 6)
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward_embedded(self, e):
        h, _ = self.lstm(e)
        return self.out(h.mean(1))


def penalised_loss(model, tokens, labels, lam=0.1):
    e = model.emb(tokens)
    logits = model.forward_embedded(e)
    ce = nn.functional.cross_entropy(logits, labels)
    (g,) = torch.autograd.grad(ce, e, create_graph=True)
    return ce + lam * g.pow(2).sum(-1).mean()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Sentiment()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    tokens, labels = torch.randint(0, 30, (4, 7)), torch.randint(0, 2, (4,))
    for step in range(3):
        with torch.backends.cudnn.flags(enabled=False):
            loss = penalised_loss(model, tokens, labels)
            opt.zero_grad()
            loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))
