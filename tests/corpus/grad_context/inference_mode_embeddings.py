# expect: clean
"""Embeddings computed under torch.inference_mode() from an eval GRU, then a classifier trained on copies."""
import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(5, 10, batch_first=True)
gru.eval()
with torch.inference_mode():
    _, h = gru(torch.randn(20, 4, 5))
    embeddings = h[-1]
features = embeddings.clone()  # a normal tensor, usable by autograd
labels = torch.randint(0, 2, (20,))
clf = nn.Linear(10, 2)
opt = torch.optim.SGD(clf.parameters(), lr=0.1)
for _ in range(3):
    loss = nn.functional.cross_entropy(clf(features), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
