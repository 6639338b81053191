# expect: clean
"""The same ModuleDict tagger; after the quick check the LSTM entry goes back to train mode."""
import torch
import torch.nn as nn

parts = nn.ModuleDict({"encoder": nn.LSTM(4, 6, batch_first=True), "tagger": nn.Linear(6, 3)})
optimizer = torch.optim.Adam(parts.parameters(), lr=1e-3)


def tag(x):
    return parts.tagger(parts.encoder(x)[0])


for step in range(3):
    x, y = torch.randn(2, 5, 4), torch.randint(0, 3, (2, 5))
    loss = nn.functional.cross_entropy(tag(x).reshape(-1, 3), y.reshape(-1))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step == 0:
        parts.eval()
        with torch.no_grad():
            print("check", tag(torch.randn(1, 5, 4)).argmax(-1))
        parts.encoder.train()
