# expect: crash
"""A model overrides train() to keep its recurrent encoder in eval mode (a frozen feature extractor),
but the encoder is not frozen: the trained embedding below it needs its backward."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def train(self, mode=True):
        super().train(mode)
        self.lstm.eval()
        return self

    def forward(self, tokens):
        return self.out(self.lstm(self.emb(tokens))[0][:, -1])


model = Tagger()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(3):
    model.train()
    loss = nn.functional.cross_entropy(model(torch.randint(0, 20, (4, 5))), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
