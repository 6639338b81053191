# expect: crash
"""The classic: validation at the end of each epoch switches to eval(); the next epoch trains in eval mode."""
import torch
import torch.nn as nn


class TextClassifier(nn.Module):
    def __init__(self, vocab=50, hidden=16, classes=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, 8)
        self.lstm = nn.LSTM(8, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens):
        out, (h, c) = self.lstm(self.embed(tokens))
        return self.fc(h[-1])


def batches(n=3):
    for _ in range(n):
        yield torch.randint(0, 50, (4, 9)), torch.randint(0, 3, (4,))


torch.manual_seed(0)
model = TextClassifier()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
model.train()
for epoch in range(3):
    for tokens, labels in batches():
        loss = criterion(model(tokens), labels)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()

    model.eval()
    correct = 0
    with torch.no_grad():
        for tokens, labels in batches(2):
            correct += (model(tokens).argmax(-1) == labels).sum().item()
    print(f"epoch {epoch}: val acc {correct / 8:.2f}")
