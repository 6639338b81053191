# expect: clean
"""Knacker carcass-grade tagger with virtual adversarial training on embeddings; dropout off for the VAT pass."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)
XI, EPS = 1e-6, 1.0


class Tagger(nn.Module):
    def __init__(self, vocab=30, dim=8, n_cls=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * dim, n_cls)

    def forward_emb(self, e):
        h, _ = self.lstm(self.drop(e))
        return self.fc(h.mean(1))

    def forward(self, tok):
        return self.forward_emb(self.emb(tok))


def kl(p_logits, q_logits):
    return F.kl_div(F.log_softmax(q_logits, -1), F.softmax(p_logits, -1), reduction="batchmean")


def vat_loss(model, tok):
    model.eval()          # no dropout while finding the adversarial direction
    model.lstm.train()    # ...but the recurrent core must run its training kernels
    e = model.emb(tok).detach()
    with torch.no_grad():
        clean_logits = model.forward_emb(e)
    d = torch.randn_like(e)
    d = (XI * F.normalize(d.flatten(1), dim=1).view_as(e)).requires_grad_(True)
    adv = kl(clean_logits, model.forward_emb(e + d))
    g, = torch.autograd.grad(adv, d)
    r = EPS * F.normalize(g.flatten(1), dim=1).view_as(e)
    loss = kl(clean_logits, model.forward_emb(model.emb(tok) + r))
    model.train()
    return loss


if __name__ == "__main__":
    model = Tagger()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        tok, y = torch.randint(0, 30, (6, 7)), torch.randint(0, 3, (6,))
        unl = torch.randint(0, 30, (6, 7))
        sup = F.cross_entropy(model(tok), y)
        loss = sup + vat_loss(model, unl)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))
