# expect: crash
"""Near miss of score_helper_if_restores: the helper reads `training` only after its own eval(), so the flag is
always False, the `if` never restores train mode and the next training step's backward runs in eval."""
import torch
import torch.nn as nn


class IntentClassifier(nn.Module):
    def __init__(self, vocab=25, dim=8, intents=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True)
        self.head = nn.Linear(dim, intents)

    def forward(self, tokens):
        states, _ = self.lstm(self.embed(tokens))
        return self.head(states[:, -1])


def validation_loss(model, tokens, labels):
    model.eval()
    restore = model.training
    with torch.no_grad():
        value = nn.functional.cross_entropy(model(tokens), labels).item()
    if restore:
        model.train()
    return value


torch.manual_seed(2)
clf = IntentClassifier()
optimizer = torch.optim.SGD(clf.parameters(), lr=0.1)
val_tokens, val_labels = torch.randint(0, 25, (5, 6)), torch.randint(0, 4, (5,))
clf.train()
for epoch in range(3):
    tokens, labels = torch.randint(0, 25, (4, 6)), torch.randint(0, 4, (4,))
    loss = nn.functional.cross_entropy(clf(tokens), labels)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    print(epoch, loss.item(), validation_loss(clf, val_tokens, val_labels))
