# expect: clean
"""Last-layer gradient embeddings (BADGE-style active learning): for each unlabelled example, the gradient of the
loss w.r.t. the output layer's weights only; the recurrent encoder is in eval mode and is never differentiated."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.GRU(6, 10, batch_first=True)
        self.fc = nn.Linear(10, 3)

    def forward(self, x):
        return self.fc(self.encoder(x)[0][:, -1])


torch.manual_seed(0)
model = Classifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
for _ in range(3):
    x, y = torch.randn(4, 7, 6), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()

model.eval()
pool = torch.randn(5, 7, 6)
embeddings = []
for i in range(pool.size(0)):
    logits = model(pool[i:i + 1])
    pseudo = logits.argmax(1)
    loss = F.cross_entropy(logits, pseudo)
    (g,) = torch.autograd.grad(loss, model.fc.weight)
    embeddings.append(g.flatten())
emb = torch.stack(embeddings)
print("gradient-embedding norms:", [round(v, 4) for v in emb.norm(dim=1).tolist()])
