# expect: clean
# category: nearmiss
"""Token saliency for an eval-mode bi-LSTM; forward and backward both run inside cudnn.flags(enabled=False)."""
import torch
from torch import nn

torch.manual_seed(72)
VOCAB = 30


class ReviewModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 10)
        self.lstm = nn.LSTM(10, 10, num_layers=2, bidirectional=True, batch_first=True, dropout=0.2)
        self.out = nn.Linear(20, 2)

    def forward_embedded(self, e):
        return self.out(self.lstm(e)[0].mean(1))

    def forward(self, ids):
        return self.forward_embedded(self.emb(ids))


def token_saliency(model, ids, target):
    emb = model.emb(ids).detach().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        logit = model.forward_embedded(emb)[0, target]
        logit.backward()
    return emb.grad.norm(dim=-1).squeeze(0)


model = ReviewModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    ids, y = torch.randint(0, VOCAB, (4, 7)), torch.randint(0, 2, (4,))
    opt.zero_grad()
    nn.functional.cross_entropy(model(ids), y).backward()
    opt.step()

model.eval()
review = torch.randint(0, VOCAB, (1, 7))
pred = model(review).argmax(-1).item()
sal = token_saliency(model, review, pred)
print("prediction", pred, "token saliency", [round(s, 3) for s in sal.tolist()])
