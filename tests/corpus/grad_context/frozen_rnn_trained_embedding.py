# expect: crash
"""The LSTM is frozen and in eval, but the embedding before it is trained: gradients must flow through it."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, tokens):
        return self.head(self.lstm(self.embed(tokens))[0][:, -1])


torch.manual_seed(0)
model = Model()
model.lstm.requires_grad_(False)
model.eval()
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad])
tokens, y = torch.randint(0, 50, (4, 6)), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(tokens), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
