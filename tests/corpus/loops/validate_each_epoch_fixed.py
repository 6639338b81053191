# expect: clean
"""Same loop as the classic bug, but train() at the top of every epoch."""
import torch
import torch.nn as nn


class TextClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, 16, batch_first=True)
        self.fc = nn.Linear(16, 3)

    def forward(self, tokens):
        _, (h, _) = self.lstm(self.embed(tokens))
        return self.fc(h[-1])


torch.manual_seed(0)
model = TextClassifier()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(3):
    model.train()
    for _ in range(3):
        tokens, labels = torch.randint(0, 50, (4, 9)), torch.randint(0, 3, (4,))
        loss = nn.functional.cross_entropy(model(tokens), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():
        acc = (model(torch.randint(0, 50, (8, 9))).argmax(-1) == torch.randint(0, 3, (8,))).float().mean()
    print(f"epoch {epoch}: acc {acc.item():.2f}")
