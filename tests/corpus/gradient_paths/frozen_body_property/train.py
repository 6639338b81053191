# expect: clean
"""A token classifier is trained, evaluated by a helper that puts it in eval mode, then fine-tuned head-only
without train(): the model's `body` property (embedding + LSTM) is frozen and the inputs are integer tokens, so
no gradient reaches the LSTM that is in eval mode."""
import torch
import torch.nn as nn

from finetune import tune_head
from model import TokenClassifier


def evaluate(model, tokens, labels):
    model.eval()
    with torch.no_grad():
        return (model(tokens).argmax(-1) == labels).float().mean().item()


torch.manual_seed(0)
model = TokenClassifier()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
tokens, labels = torch.randint(0, 20, (4, 7)), torch.randint(0, 3, (4,))
model.train()
for _ in range(2):
    loss = nn.functional.cross_entropy(model(tokens), labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print("accuracy", evaluate(model, tokens, labels))
print("head loss", tune_head(model, tokens, labels))
