# expect: clean
"""metrics.accuracy() restores the mode it found, so training after it runs in train mode."""
import torch
import torch.nn as nn

from metrics import accuracy


class IntentModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(40, 8)
        self.lstm = nn.LSTM(8, 16, batch_first=True)
        self.out = nn.Linear(16, 4)

    def forward(self, tokens):
        return self.out(self.lstm(self.embed(tokens))[0][:, -1])


torch.manual_seed(0)
model = IntentModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
val = [(torch.randint(0, 40, (4, 6)), torch.randint(0, 4, (4,)))]
model.train()
for epoch in range(3):
    tokens, labels = torch.randint(0, 40, (8, 6)), torch.randint(0, 4, (8,))
    loss = nn.functional.cross_entropy(model(tokens), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"epoch {epoch}: acc {accuracy(model, val):.2f}")
