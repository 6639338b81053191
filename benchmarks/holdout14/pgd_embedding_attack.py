# expect: crash
"""PGD adversarial training on word embeddings (FreeLB-like K ascent steps). The perturbation is found with the
classifier in eval (to disable dropout, as in some attack code), by autograd.grad w.r.t. delta; then train()."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextClassifier(nn.Module):
    def __init__(self, vocab=50, dim=8, hid=10, n_cls=3):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, dim)
        self.encoder = nn.GRU(dim, hid, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.2)
        self.cls = nn.Linear(2 * hid, n_cls)

    def forward(self, input_ids=None, inputs_embeds=None):
        if inputs_embeds is None:
            inputs_embeds = self.embeddings(input_ids)
        out, _ = self.encoder(inputs_embeds)
        return self.cls(self.dropout(out.max(1).values))


def pgd_perturb(model, embeds, labels, eps=0.1, alpha=0.03, steps=3):
    model.eval()
    delta = torch.zeros_like(embeds).uniform_(-eps, eps).requires_grad_()
    for _ in range(steps):
        loss = F.cross_entropy(model(inputs_embeds=embeds + delta), labels)
        (grad,) = torch.autograd.grad(loss, delta)  # TM001-here
        delta = (delta + alpha * grad.sign()).clamp(-eps, eps).detach().requires_grad_()
    return delta.detach()


model = TextClassifier()
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
for step in range(3):
    ids, labels = torch.randint(0, 50, (4, 6)), torch.randint(0, 3, (4,))
    embeds = model.embeddings(ids).detach()
    delta = pgd_perturb(model, embeds, labels)
    model.train()
    loss = F.cross_entropy(model(ids), labels) + F.cross_entropy(model(inputs_embeds=model.embeddings(ids) + delta), labels)
    opt.zero_grad(); loss.backward(); opt.step()
print("adv training done")
