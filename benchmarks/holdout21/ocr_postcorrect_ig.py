# expect: crash
"""OCR post-correction (char BiLSTM tagger: keep/replace) with integrated gradients written by hand."""
import torch
import torch.nn as nn

torch.manual_seed(8)
CHARS, EMB, HID = 30, 8, 10


class CorrectionTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(CHARS, EMB)
        self.lstm = nn.LSTM(EMB, HID, batch_first=True, bidirectional=True)
        self.tag = nn.Linear(2 * HID, 2)

    def embed(self, ids):
        return self.emb(ids)

    def from_embeddings(self, e):
        h, _ = self.lstm(e)
        return self.tag(h)


def integrated_gradients(model, ids, position, steps=6):
    emb = model.embed(ids).detach()
    baseline = torch.zeros_like(emb)
    total = torch.zeros_like(emb)
    for k in range(1, steps + 1):
        point = (baseline + k / steps * (emb - baseline)).requires_grad_(True)
        score = model.from_embeddings(point)[:, position, 1].sum()
        g, = torch.autograd.grad(score, point)  # TM001-here
        total += g
    return ((emb - baseline) * total / steps).sum(-1)


model = CorrectionTagger()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    ids = torch.randint(0, CHARS, (4, 12))
    gold = torch.randint(0, 2, (4, 12))
    loss = nn.functional.cross_entropy(model.from_embeddings(model.embed(ids)).reshape(-1, 2), gold.reshape(-1))
    opt.zero_grad(); loss.backward(); opt.step()

model.eval()
line = torch.randint(0, CHARS, (1, 12))
attr = integrated_gradients(model, line, position=5)
print("attribution of char 5:", [round(a, 3) for a in attr[0].tolist()])
