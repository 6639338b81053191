# expect: crash
# category: wrappers
"""Evaluation report for an LSTM review classifier: accuracy under no_grad, plus an input-gradient
explanation of the first misclassified review computed with enable_grad inside the same function."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(71)


class ReviewLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 10)
        self.lstm = nn.LSTM(10, 12, batch_first=True, num_layers=2)
        self.fc = nn.Linear(12, 2)

    def forward(self, ids=None, vectors=None):
        vectors = self.emb(ids) if vectors is None else vectors
        return self.fc(self.lstm(vectors)[0][:, -1])


@torch.no_grad()
def report(model, ids, labels):
    model.eval()
    pred = model(ids).argmax(1)
    print("accuracy", (pred == labels).float().mean().item())
    wrong = (pred != labels).nonzero().flatten()
    if len(wrong) == 0:
        return None
    i = wrong[0].item()
    with torch.enable_grad():
        vec = model.emb(ids[i:i + 1]).detach().requires_grad_(True)
        score = model(vectors=vec)[0, labels[i]]
        score.backward()  # TM001-here
    return vec.grad.norm(dim=-1)[0]


model = ReviewLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
ids, labels = torch.randint(0, 40, (16, 7)), torch.randint(0, 2, (16,))
for _ in range(3):
    loss = F.cross_entropy(model(ids), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
importance = report(model, ids, labels)
print("token importance:", None if importance is None else importance.tolist())
