# expect: crash
"""Virtual adversarial training on word embeddings for a BiLSTM sentiment classifier.

The VAT direction is found with dropout switched off (model.eval()) so the two
forward passes differ only by the perturbation.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
VOCAB, EMB, HID, NCLS = 30, 8, 8, 2


class BiLSTMClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, EMB)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(EMB, HID, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * HID, NCLS)

    def forward_embedded(self, e):
        h, _ = self.lstm(self.drop(e))
        return self.out(h.mean(1))

    def forward(self, tokens):
        return self.forward_embedded(self.embed(tokens))


def kl_div(p_logit, q_logit):
    p = F.softmax(p_logit, -1)
    return (p * (F.log_softmax(p_logit, -1) - F.log_softmax(q_logit, -1))).sum(-1).mean()


def vat_loss(model, tokens, xi=1e-6, eps=2.0):
    emb = model.embed(tokens).detach()
    with torch.no_grad():
        clean_logit = model.forward_embedded(emb)
    d = torch.randn_like(emb)
    d = xi * F.normalize(d.flatten(1), dim=1).view_as(d)
    d.requires_grad_(True)
    adv = kl_div(clean_logit, model.forward_embedded(emb + d))
    g, = torch.autograd.grad(adv, d)  # TM001-here
    r_adv = eps * F.normalize(g.flatten(1), dim=1).view_as(g)
    return kl_div(clean_logit, model.forward_embedded(emb + r_adv))


def main():
    model = BiLSTMClassifier()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.randint(0, VOCAB, (4, 6))
    y = torch.randint(0, NCLS, (4,))
    unlabeled = torch.randint(0, VOCAB, (4, 6))
    for step in range(3):
        model.train()
        sup = F.cross_entropy(model(x), y)
        model.eval()  # deterministic passes for the VAT power iteration
        unsup = vat_loss(model, unlabeled)
        opt.zero_grad()
        (sup + unsup).backward()
        opt.step()
        print(step, float(sup), float(unsup))


if __name__ == "__main__":
    main()
