# expect: crash
# An @torch.no_grad() evaluation routine that also produces token saliency: it re-enables autograd with
# torch.enable_grad() for the saliency pass, on the model it has just put in eval mode.
import torch
import torch.nn as nn


class ReviewClassifier(nn.Module):
    def __init__(self, vocab=80, dim=16):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.encoder = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * dim, 2)

    def forward_embedded(self, e):
        return self.head(self.encoder(e)[0].max(1).values)

    def forward(self, tokens):
        return self.forward_embedded(self.embedding(tokens))


@torch.no_grad()
def evaluate(model, tokens, labels, explain=True):
    model.eval()
    acc = (model(tokens).argmax(-1) == labels).float().mean().item()
    report = {"acc": acc}
    if explain:
        with torch.enable_grad():
            emb = model.embedding(tokens).detach().requires_grad_(True)
            score = model.forward_embedded(emb).gather(1, labels[:, None]).sum()
            score.backward()  # TM001-here
            report["saliency"] = emb.grad.norm(dim=-1)
    return report


torch.manual_seed(0)
clf = ReviewClassifier()
toks, labels = torch.randint(0, 80, (3, 9)), torch.randint(0, 2, (3,))
opt = torch.optim.Adam(clf.parameters(), lr=1e-2)
for _ in range(2):
    loss = nn.functional.cross_entropy(clf(toks), labels)
    opt.zero_grad(); loss.backward(); opt.step()
print(evaluate(clf, toks, labels)["acc"])
print("done")
