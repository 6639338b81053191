# expect: crash
"""A bidirectional two-layer GRU tagger trained after an eval() for a warm-up prediction."""
import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.GRU(8, 16, num_layers=2, bidirectional=True, batch_first=True, dropout=0.1)
classifier = nn.Linear(32, 4)
encoder.eval()
with torch.no_grad():
    print("warm-up", classifier(encoder(torch.randn(1, 5, 8))[0]).shape)
opt = torch.optim.Adam(list(encoder.parameters()) + list(classifier.parameters()))
x, y = torch.randn(6, 5, 8), torch.randint(0, 4, (6, 5))
logits = classifier(encoder(x)[0])
loss = nn.functional.cross_entropy(logits.reshape(-1, 4), y.reshape(-1))
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
